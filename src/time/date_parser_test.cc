// The date parser on the forms the Bengali press prints: a table of
// {text, reference, expected ISO or error} rows through Parse(), then
// FindAll() properties (labels, several mentions on a line, kinds, weekdays,
// offsets), and robustness (linear time on huge input, invalid UTF-8).
// The lines are written for this test in the press's formats.
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "ghotona/date.h"
#include "time/calendar.h"

namespace ghotona {
namespace {

const DateParser& Parser() {
  static const std::unique_ptr<DateParser> parser = [] {
    auto p = DateParser::Load(GHOTONA_SOURCE_DATA_DIR);
    EXPECT_TRUE(p.ok()) << p.status().ToString();
    return p.ok() ? std::move(*p) : nullptr;
  }();
  return *parser;
}

DateOptions WithRef(const char* ref) {
  DateOptions o;
  if (ref != nullptr && *ref != '\0') o.reference = ParseIsoDateTime(ref)->date();
  return o;
}

struct Row {
  const char* text;
  const char* ref;   // "" = no reference
  const char* want;  // ISO, or "error"
};

// Wednesday 12 February 2025 is the reference of the relative rows.
constexpr const char* kRef = "2025-02-12";

const Row kRows[] = {
    // Day month year, Bengali month spellings.
    {"১২ মার্চ ২০২৪", "", "2024-03-12"},
    {"৩ জানুয়ারি ২০২৩", "", "2023-01-03"},
    {"৩ জানুয়ারী ২০২৩", "", "2023-01-03"},
    {"৩ জানু\u09AF\u09BCারি ২০২৩", "", "2023-01-03"},  // decomposed য়
    {"৩ জানু\u09DFারি ২০২৩", "", "2023-01-03"},        // precomposed য়
    {"১৪ ফেব্রুয়ারি ২০২২", "", "2022-02-14"},
    {"১৪ ফেব্রুয়ারী ২০২২", "", "2022-02-14"},
    {"১৪ ফেব্রু\u09AF\u09BCারী ২০২২", "", "2022-02-14"},
    {"২৯ ফেব্রুয়ারি ২০২৪", "", "2024-02-29"},
    {"৫ এপ্রিল ২০২১", "", "2021-04-05"},
    {"১৮ মে ২০২৩", "", "2023-05-18"},
    {"১ জুন ২০২০", "", "2020-06-01"},
    {"৭ জুলাই ২০১৯", "", "2019-07-07"},
    {"১৫ আগস্ট ২০২৪", "", "2024-08-15"},
    {"১৫ অগাস্ট ২০২৪", "", "2024-08-15"},
    {"১৫ আগষ্ট ২০২৪", "", "2024-08-15"},
    {"২ সেপ্টেম্বর ২০২৪", "", "2024-09-02"},
    {"২ সেপ্টে. ২০২৪", "", "2024-09-02"},
    {"১০ অক্টোবর ২০২৫", "", "2025-10-10"},
    {"১০ অক্টো. ২০২৫", "", "2025-10-10"},
    {"৯ নভেম্বর ২০২৩", "", "2023-11-09"},
    {"৯ নভে. ২০২৩", "", "2023-11-09"},
    {"২৫ ডিসেম্বর ২০২২", "", "2022-12-25"},
    {"২৫ ডিসে. ২০২২", "", "2022-12-25"},
    {"১১ জানু. ২০২৬", "", "2026-01-11"},
    {"২২ ফেব্রু. ২০২৬", "", "2026-02-22"},
    {"০৪ মার্চ ২০২৪ খ্রিস্টাব্দ", "", "2024-03-04"},
    // Ordinals.
    {"২রা মার্চ ২০২৪", "", "2024-03-02"},
    {"৩রা জুন ২০২৪", "", "2024-06-03"},
    {"৪ঠা জুলাই ২০২৪", "", "2024-07-04"},
    {"৫ই আগস্ট ২০২৪", "", "2024-08-05"},
    {"২১শে ফেব্রুয়ারি ২০২৪", "", "2024-02-21"},
    {"২৫শে মার্চ ২০২৩", "", "2023-03-25"},
    {"1st January 2025", "", "2025-01-01"},
    {"2nd Feb 2025", "", "2025-02-02"},
    {"21st March 2024", "", "2024-03-21"},
    {"March 5th, 2025", "", "2025-03-05"},
    // Separators.
    {"১২-মার্চ-২০২৪", "", "2024-03-12"},
    {"১২/মার্চ/২০২৪", "", "2024-03-12"},
    {"১২ মার্চ, ২০২৪", "", "2024-03-12"},
    {"12-Mar-2024", "", "2024-03-12"},
    {"১৯ জানুয়ারি ২০২৪ | ১১:২০ এএম", "", "2024-01-19T11:20:00+06:00"},
    {"১৯ জানুয়ারি ২০২৪ - ১১:২০ এএম", "", "2024-01-19T11:20:00+06:00"},
    // English orders.
    {"June 23, 2025", "", "2025-06-23"},
    {"Jun 3, 2024 10:05 AM", "", "2024-06-03T10:05:00+06:00"},
    {"September 9, 2023", "", "2023-09-09"},
    {"Sept 9, 2023", "", "2023-09-09"},
    {"23 June 2025", "", "2025-06-23"},
    {"Sat, 08 Mar 2025 14:30:00 GMT", "", "2025-03-08T14:30:00+00:00"},
    {"Published: 12 Mar 2024, 10:15 PM", "", "2024-03-12T22:15:00+06:00"},
    {"Updated: March 12, 2024 at 10:15 pm", "", "2024-03-12T22:15:00+06:00"},
    {"Wednesday, March 12, 2025", "", "2025-03-12"},
    // Other outlets' layouts: two-digit years, HHMM ঘণ্টা, weekday after the date.
    {"প্রকাশ: ১৭ জুলাই ২৪ | ১১:৩৯", "", "2024-07-17T11:39:00+06:00"},
    {"১৭ জুলাই ২৪", "", "2024-07-17"},
    {"১৭ জুলাই ২৪ জন", "", "error"},
    {"আপডেট: ১৭২৮ ঘণ্টা, জুলাই ১৭, ২০২৪", "", "2024-07-17T17:28:00+06:00"},
    {"২৪ ঘণ্টায় ১৪ জন", kRef, "error"},
    {"জুন ১০ জন", kRef, "error"},
    {"Fri Feb 7, 2025 10:16 PM", "", "2025-02-07T22:16:00+06:00"},
    {"Last update on: Fri Feb 7, 2025 10:16 PM", "", "2025-02-07T22:16:00+06:00"},
    {"প্রকাশিত: ১১:৩৯, ১৭ জুলাই ২০২৪", "", "2024-07-17T11:39:00+06:00"},
    {"১৭ জুলাই ২০২৪, বুধবার", "", "2024-07-17"},
    {"১৭ জুলাই ২০২৪, বুধবার, ১১:৩৯ পূর্বাহ্ন", "", "2024-07-17T11:39:00+06:00"},
    {"ঢাকা, জুলাই ১৭ (বাসস) :", "2024-07-20", "2024-07-17"},
    {"১৭ জুলাই, ২০২৪ ১১:৩৯", "", "2024-07-17T11:39:00+06:00"},
    // Numeric, day first, and ISO.
    {"১২/০৩/২০২৪", "", "2024-03-12"},
    {"১২-০৩-২০২৪", "", "2024-03-12"},
    {"১২.০৩.২০২৪", "", "2024-03-12"},
    {"12/03/2024", "", "2024-03-12"},
    {"31/12/2023", "", "2023-12-31"},
    {"2024-03-12", "", "2024-03-12"},
    {"২০২৪-০৩-১২", "", "2024-03-12"},
    {"2024/03/12", "", "2024-03-12"},
    {"2025-02-08T21:50:00+06:00", "", "2025-02-08T21:50:00+06:00"},
    {"2025-02-08T15:50:00Z", "", "2025-02-08T15:50:00+00:00"},
    {"2025-02-08T15:50:00.123Z", "", "2025-02-08T15:50:00+00:00"},
    {"2025-02-08T15:50:00-05:00", "", "2025-02-08T15:50:00-05:00"},
    {"2025-02-08 15:50", "", "2025-02-08T15:50:00+06:00"},
    {"2024-10", "", "2024-10"},
    {"2024", "", "error"},
    // Times with am/pm, পূর্বাহ্ন/অপরাহ্ন, day parts, টা forms, offsets.
    {"১২ মার্চ ২০২৪, ১০:১৫ পিএম", "", "2024-03-12T22:15:00+06:00"},
    {"১২ মার্চ ২০২৪, ১০:১৫ এএম", "", "2024-03-12T10:15:00+06:00"},
    {"১২ মার্চ ২০২৪, ১২:১৫ এএম", "", "2024-03-12T00:15:00+06:00"},
    {"১২ মার্চ ২০২৪, ১২:১৫ পিএম", "", "2024-03-12T12:15:00+06:00"},
    {"১২ মার্চ ২০২৪ ১০:১৫ pm", "", "2024-03-12T22:15:00+06:00"},
    {"১২ মার্চ ২০২৪ ১০:১৫ PM", "", "2024-03-12T22:15:00+06:00"},
    {"১২ মার্চ ২০২৪ ১০:১৫ p.m.", "", "2024-03-12T22:15:00+06:00"},
    {"১২ মার্চ ২০২৪ ১০:১৫ a.m.", "", "2024-03-12T10:15:00+06:00"},
    {"১২ মার্চ ২০২৪ ১০:১৫pm", "", "2024-03-12T22:15:00+06:00"},
    {"১২ মার্চ ২০২৪, ০৮:০৫:৩০ অপরাহ্ন", "", "2024-03-12T20:05:30+06:00"},
    {"০৮:০৫ পূর্বাহ্ন, বুধবার, ১২ মার্চ ২০২৫", "", "2025-03-12T08:05:00+06:00"},
    {"১১:৪০:০৯ অপরাহ্ন, রোববার, ৯ মার্চ ২০২৫", "", "2025-03-09T23:40:09+06:00"},
    {"১২ মার্চ ২০২৪, ২৩:৪৫", "", "2024-03-12T23:45:00+06:00"},
    {"১২ মার্চ ২০২৪, সকাল ১০টা", "", "2024-03-12T10:00:00+06:00"},
    {"১২ মার্চ ২০২৪, সকাল ১০টায়", "", "2024-03-12T10:00:00+06:00"},
    {"১২ মার্চ ২০২৪, সকাল ১০ টায়", "", "2024-03-12T10:00:00+06:00"},
    {"১২ মার্চ ২০২৪, দুপুর ১২টা", "", "2024-03-12T12:00:00+06:00"},
    {"১২ মার্চ ২০২৪, দুপুর ১টা", "", "2024-03-12T13:00:00+06:00"},
    {"১২ মার্চ ২০২৪, দুপুর ২টায়", "", "2024-03-12T14:00:00+06:00"},
    {"১২ মার্চ ২০২৪, বিকাল ৪টা", "", "2024-03-12T16:00:00+06:00"},
    {"১২ মার্চ ২০২৪, বিকেল ৫টা ৩০ মিনিটে", "", "2024-03-12T17:30:00+06:00"},
    {"১২ মার্চ ২০২৪, সন্ধ্যা ৭টায়", "", "2024-03-12T19:00:00+06:00"},
    {"১২ মার্চ ২০২৪, সন্ধ্যায় ৬টা", "", "2024-03-12T18:00:00+06:00"},
    {"১২ মার্চ ২০২৪, রাত ৯টায়", "", "2024-03-12T21:00:00+06:00"},
    {"১২ মার্চ ২০২৪, রাত ১২টায়", "", "2024-03-12T00:00:00+06:00"},
    {"১২ মার্চ ২০২৪, রাত ২টায়", "", "2024-03-12T02:00:00+06:00"},
    {"১২ মার্চ ২০২৪, রাত ১০:৩০ মিনিটে", "", "2024-03-12T22:30:00+06:00"},
    {"১২ মার্চ ২০২৪, ভোর ৫টা", "", "2024-03-12T05:00:00+06:00"},
    {"১২ মার্চ ২০২৪, ১০টায়", "", "2024-03-12T10:00:00+06:00"},
    {"১২ মার্চ ২০২৪, ১০টা বই", "", "2024-03-12"},  // টা also counts things
    {"মোট ৩টা, ১২ মার্চ ২০২৪", "", "2024-03-12"},
    {"১২ মার্চ ২০২৪, রাত ১০টা ৫ মি.", "", "2024-03-12T22:05:00+06:00"},
    {"১২ মার্চ ২০২৪, সকাল সাড়ে ৯টা", "", "2024-03-12T09:30:00+06:00"},
    {"১২ মার্চ ২০২৪, বিকেল পৌনে ৪টা", "", "2024-03-12T15:45:00+06:00"},
    {"১২ মার্চ ২০২৪ সকাল ১০.৩০", "", "2024-03-12T10:30:00+06:00"},
    {"12 March 2024, 10:15 PM GMT", "", "2024-03-12T22:15:00+00:00"},
    {"১২ মার্চ ২০২৪, ১০:১৫ পিএম GMT+5:30", "", "2024-03-12T22:15:00+05:30"},
    {"12 March 2024 22:15 +05:30", "", "2024-03-12T22:15:00+05:30"},
    {"১২ মার্চ ২০২৪, ১০:১৫ পিএম (GMT+5:30)", "", "2024-03-12T22:15:00+05:30"},
    {"১২ মার্চ ২০২৪, ১০:১৫ পিএম +০৬০০", "", "2024-03-12T22:15:00+06:00"},
    {"Mar 12, 2024 4:15 PM UTC", "", "2024-03-12T16:15:00+00:00"},
    {"১২ মার্চ ২০২৪, ১০:১৫ পিএম BST", "", "2024-03-12T22:15:00+06:00"},
    {"১২ মার্চ ২০২৪ ১৯:৩০ IST", "", "2024-03-12T19:30:00+05:30"},
    {"১২ মার্চ ২০২৪, ০৭:৩০ পিএম (IST)", "", "2024-03-12T19:30:00+05:30"},
    {"১২ মার্চ ২০২৪, সন্ধ্যা ৭টা ৩০ মিনিট (ভারতীয় সময়)", "", "2024-03-12T19:30:00+05:30"},
    {"১২ মার্চ ২০২৪ ২৫:১০", "", "2024-03-12"},
    {"১২ মার্চ ২০২৪, ১০:৭৫", "", "2024-03-12"},
    // Labels: the published date wins wherever it is.
    {"প্রকাশ : ১২ মার্চ ২০২৪, ১০:১৫ পিএম", "", "2024-03-12T22:15:00+06:00"},
    {"প্রকাশিত: ০৩ জানুয়ারি ২০২৩, ১১:০৫ এএম", "", "2023-01-03T11:05:00+06:00"},
    {"প্রকাশের সময়: ০৩ জানুয়ারি ২০২৩", "", "2023-01-03"},
    {"সর্বশেষ আপডেট: ১২ মার্চ ২০২৪, ১০:১৫ পিএম", "", "2024-03-12T22:15:00+06:00"},
    {"আপডেট: ১২ মার্চ ২০২৪ | প্রকাশ: ১০ মার্চ ২০২৪", "", "2024-03-10"},
    {"প্রকাশ: ১০ মার্চ ২০২৪ | আপডেট: ১২ মার্চ ২০২৪", "", "2024-03-10"},
    {"হালনাগাদ: ১২ মার্চ ২০২৪", "", "2024-03-12"},
    // Weekday next to a date.
    {"বুধবার, ১২ মার্চ ২০২৫", "", "2025-03-12"},
    {"রোববার, ৯ মার্চ ২০২৫", "", "2025-03-09"},
    {"বৃহঃ, ১৩ ফেব্রুয়ারি ২০২৫", "", "2025-02-13"},
    // The revised Bangla calendar.
    {"২১ আশ্বিন ১৪৩২", "", "2025-10-06"},
    {"২১ আশ্বিন ১৪৩২ বঙ্গাব্দ", "", "2025-10-06"},
    {"১ বৈশাখ ১৪৩১", "", "2024-04-14"},
    {"১লা বৈশাখ ১৪৩২", "", "2025-04-14"},
    {"পহেলা বৈশাখ ১৪৩১", "", "2024-04-14"},
    {"৮ ফাল্গুন ১৪৩০", "", "2024-02-21"},
    {"১২ চৈত্র ১৪৩১", "", "2025-03-26"},
    {"১ পৌষ ১৪৩১", "", "2024-12-16"},
    {"৩০ ফাল্গুন ১৪৩০", "", "2024-03-14"},
    {"১৫ জ্যৈষ্ঠ ১৪৩০", "", "2023-05-29"},
    {"১০ আষাঢ় ১৪৩১", "", "2024-06-24"},
    {"৫ শ্রাবণ ১৪৩১", "", "2024-07-20"},
    {"২০ ভাদ্র ১৪৩১", "", "2024-09-04"},
    {"১০ কার্তিক ১৪৩১", "", "2024-10-26"},
    {"১৫ অগ্রহায়ণ ১৪৩১", "", "2024-11-30"},
    {"১০ মাঘ ১৪৩১", "", "2025-01-24"},
    {"সোমবার, ১৬ ডিসেম্বর ২০২৪, ১ পৌষ ১৪৩১", "", "2024-12-16"},
    {"৩০ ফাল্গুন ১৪৩১", "", "error"},
    {"৩১ কার্তিক ১৪৩২", "", "error"},
    // Hijri: recognised, never a Gregorian date.
    {"১৫ রমজান ১৪৪৬ হিজরি", "", "error"},
    {"১০ মহররম ১৪৪৬", "", "error"},
    {"২৭ রজব", "", "error"},
    {"১২ রবিউল আউয়াল ১৪৪৬ হিজরি", "", "error"},
    {"৫ সফর ১৪৪৬ হিজরি", "", "error"},
    {"বুধবার, ১২ মার্চ ২০২৫, ১২ রমজান ১৪৪৬ হিজরি", "", "2025-03-12"},
    // Relative words against the reference.
    {"আজ", kRef, "2025-02-12"},
    {"আজকে", kRef, "2025-02-12"},
    {"গতকাল", kRef, "2025-02-11"},
    {"গতকালকে", kRef, "2025-02-11"},
    {"গতকাল মঙ্গলবার", kRef, "2025-02-11"},
    {"আগামীকাল", kRef, "2025-02-13"},
    {"গত পরশু", kRef, "2025-02-10"},
    {"পরশু", kRef, "2025-02-10"},
    {"আগামী পরশু", kRef, "2025-02-14"},
    {"৩ দিন আগে", kRef, "2025-02-09"},
    {"৩ ঘণ্টা আগে", kRef, "2025-02-12"},  // the reference has no time: its day
    {"আপডেট: ২০ মিনিট আগে", kRef, "2025-02-12"},
    {"5 hours ago", kRef, "2025-02-12"},
    {"১০ দিন পর", kRef, "2025-02-22"},
    {"১০ দিন পরে", kRef, "2025-02-22"},
    {"২ সপ্তাহ আগে", kRef, "2025-01-29"},
    {"২৮ বছর আগে", kRef, "1997"},
    {"গত সপ্তাহে", kRef, "2025-02-05"},
    {"আগামী সপ্তাহে", kRef, "2025-02-19"},
    {"গত মাসে", kRef, "2025-01"},
    {"আগামী মাসে", kRef, "2025-03"},
    {"চলতি মাসে", kRef, "2025-02"},
    {"গত বছর", kRef, "2024"},
    {"গত বছরে", kRef, "2024"},
    {"আগামী বছর", kRef, "2026"},
    {"গত বছরের অক্টোবরে", kRef, "2024-10"},
    {"চলতি বছরের মার্চে", kRef, "2025-03"},
    {"গত বছরের ৫ আগস্ট", kRef, "2024-08-05"},
    {"চলতি মাসের ১০ তারিখে", kRef, "2025-02-10"},
    {"গত মাসের ২৫ তারিখে", kRef, "2025-01-25"},
    {"গত অক্টোবরে", kRef, "2024-10"},
    {"গত ফেব্রুয়ারিতে", kRef, "2024-02"},
    {"আগামী মার্চে", kRef, "2025-03"},
    {"গত ২০ জানুয়ারি", kRef, "2025-01-20"},
    {"গত ২০ ফেব্রুয়ারি", kRef, "2024-02-20"},
    {"আগামী ৫ মার্চ", kRef, "2025-03-05"},
    {"আজ সকাল ১০টায়", kRef, "2025-02-12T10:00:00+06:00"},
    {"গতকাল রাত ১১টায়", kRef, "2025-02-11T23:00:00+06:00"},
    {"yesterday", kRef, "2025-02-11"},
    {"3 days ago", kRef, "2025-02-09"},
    // Month-year and year alone.
    {"২০২৪ সালের অক্টোবরে", "", "2024-10"},
    {"অক্টোবর ২০২৪", "", "2024-10"},
    {"October 2024", "", "2024-10"},
    {"১৯৭৯ সালে", "", "1979"},
    {"২০২১ সালের", "", "2021"},
    {"২০২৩ সালের ৭ অক্টোবর", "", "2023-10-07"},
    // Weekdays alone and year-less dates.
    {"গত শনিবার", kRef, "2025-02-08"},
    {"শনিবার", kRef, "2025-02-08"},
    {"বুধবার", kRef, "2025-02-12"},
    {"আগামী শুক্রবার", kRef, "2025-02-14"},
    {"৭ ফেব্রুয়ারি", kRef, "2025-02-07"},
    {"শুক্রবার (৭ ফেব্রুয়ারি)", kRef, "2025-02-07"},
    {"হস্পতিবার (১৩ ফেব্রুয়ারি)", kRef, "2025-02-13"},
    {"১৫ ফেব্রুয়ারি", kRef, "2025-02-15"},
    {"২৫ ডিসেম্বর", kRef, "2024-12-25"},
    {"২৯ ফেব্রুয়ারি", kRef, "2024-02-29"},
    {"২১শে ফেব্রুয়ারি", kRef, "2024-02-21"},
    {"Feb 8", kRef, "2025-02-08"},
    {"১০ বৈশাখ", kRef, "2024-04-23"},
    // Without a reference these need one.
    {"আজ", "", "error"},
    {"শনিবার", "", "error"},
    {"৭ ফেব্রুয়ারি", "", "error"},
    {"গত মাসে", "", "error"},
    // Impossible dates.
    {"২৯ ফেব্রুয়ারি ২০২৩", "", "error"},
    {"৩০ ফেব্রুয়ারি ২০২৪", "", "error"},
    {"৩১ এপ্রিল ২০২৪", "", "error"},
    {"31/02/2024", "", "error"},
    {"৩০ ফেব্রুয়ারি", kRef, "error"},
    // Numbers that are not dates.
    {"৩০ বছর পর দেখা হলো", "", "error"},
    {"৩২৫ জন নিহত", "", "error"},
    {"শহরে ১৪৪ ধারা বহাল", "", "error"},
    {"২০ মিনিট ধরে", "", "error"},
    {"০১৭১১-২২৩৩৪৪", "", "error"},
    {"+৮৮০ ১৭১১ ২২৩৩৪৪", "", "error"},
    {"৫ মেয়ে", "", "error"},
    {"কোনো তারিখ নেই", "", "error"},
    {"", "", "error"},
    {"১২:৩০", "", "error"},
    {"১৪৩২ বঙ্গাব্দ", "", "error"},
    {"২০২০-২১ অর্থবছরে", "", "error"},
    {"৩.৫ শতাংশ", "", "error"},
    {"১০ তারিখে", "", "error"},
    {"ডিসেম্বরে", "", "error"},
    {"১২ বার সফর করেছেন", "", "error"},
    {"৩ সফর", "", "error"},
    {"গত ১০ বছরে", kRef, "error"},
};

TEST(DateParserTable, EveryRowParsesToItsExpectedValue) {
  ASSERT_GE(std::size(kRows), 150u);
  for (const Row& row : kRows) {
    auto got = Parser().Parse(row.text, WithRef(row.ref));
    const std::string want = row.want;
    if (want == "error") {
      EXPECT_FALSE(got.ok()) << "'" << row.text << "' gave " << (got.ok() ? got->ToIso() : "");
    } else {
      ASSERT_TRUE(got.ok()) << "'" << row.text << "': " << got.status().ToString();
      EXPECT_EQ(got->ToIso(), want) << "'" << row.text << "' ref " << row.ref;
    }
  }
}

TEST(DateParser, ErrorsSayWhy) {
  auto none = Parser().Parse("কোনো তারিখ নেই", {});
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.status().message(), "no date found in: কোনো তারিখ নেই");
  auto hijri = Parser().Parse("১৫ রমজান ১৪৪৬ হিজরি", {});
  ASSERT_FALSE(hijri.ok());
  EXPECT_NE(hijri.status().message().find("only a Hijri date"), std::string::npos);
  auto yearless_hijri = Parser().Parse("২৭ রজব", {});
  ASSERT_FALSE(yearless_hijri.ok());
  EXPECT_NE(yearless_hijri.status().message().find("only a Hijri date"), std::string::npos);
  auto relative = Parser().Parse("গতকাল", {});
  ASSERT_FALSE(relative.ok());
  EXPECT_NE(relative.status().message().find("reference date is needed"), std::string::npos);
}

TEST(DateParser, FindsTwoGluedDatesAndLabelsTheUpdatedOne) {
  const std::string line = "০৯ মার্চ ২০২৪, ১৮:৩০আপডেট : ১০ মার্চ ২০২৪, ০৯:১৫";
  auto all = Parser().FindAll(line, {});
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].value.ToIso(), "2024-03-09T18:30:00+06:00");
  EXPECT_EQ(all[0].label, DateMention::Label::kNone);
  EXPECT_EQ(all[1].value.ToIso(), "2024-03-10T09:15:00+06:00");
  EXPECT_EQ(all[1].label, DateMention::Label::kUpdated);
  EXPECT_EQ(line.substr(all[0].begin, all[0].end - all[0].begin), "০৯ মার্চ ২০২৪, ১৮:৩০");
  EXPECT_EQ(line.substr(all[1].begin, all[1].end - all[1].begin), "১০ মার্চ ২০২৪, ০৯:১৫");
}

TEST(DateParser, ReadsLastEditedAndLastUpdateAsUpdateLabels) {
  for (const std::string line :
       {"সর্বশেষ সম্পাদনা: ০৪ মে ২০২৪, ০৯:১০", "শেষ আপডেট: ০৪ মে ২০২৪, ০৯:১০",
        "হালনাগাদ করা হয়েছে: ০৪ মে ২০২৪, ০৯:১০", "সর্বশেষ সংশোধন: ০৪ মে ২০২৪, ০৯:১০"}) {
    SCOPED_TRACE(line);
    auto all = Parser().FindAll(line, {});
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].label, DateMention::Label::kUpdated);
    EXPECT_EQ(all[0].value.ToIso(), "2024-05-04T09:10:00+06:00");
  }
}

TEST(DateParser, ReadsPublishedLabelsWithAVerbBeforeTheColon) {
  for (const std::string line :
       {"প্রকাশিত হয়েছে: ০৪ মে ২০২৪", "পোস্ট করা হয়েছে: ০৪ মে ২০২৪", "আপলোড সময়: ০৪ মে ২০২৪"}) {
    SCOPED_TRACE(line);
    auto all = Parser().FindAll(line, {});
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].label, DateMention::Label::kPublished);
  }
}

TEST(DateParser, LabelsPublishedAndUpdatedDatesSeparatedByABar) {
  auto all =
      Parser().FindAll("Published: 12 Mar 2024, 10:15 PM | Last updated on: 13 Mar 2024, 08:00 AM", {});
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].label, DateMention::Label::kPublished);
  EXPECT_EQ(all[1].label, DateMention::Label::kUpdated);
  EXPECT_EQ(all[1].value.ToIso(), "2024-03-13T08:00:00+06:00");
}

TEST(DateParser, LabelAppliesAcrossALineBreak) {
  auto all = Parser().FindAll("প্রকাশ :\n১২ মার্চ ২০২৪", {});
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].label, DateMention::Label::kPublished);
}

TEST(DateParser, TimeOnTheNextLineDoesNotJoinTheDate) {
  auto all = Parser().FindAll("১২ মার্চ ২০২৪\n১০:১৫ পিএম", {});
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].value.ToIso(), "2024-03-12");
}

TEST(DateParser, HeaderWithGregorianAndBanglaDatesGivesTwoAgreeingMentions) {
  auto all = Parser().FindAll("০৭:১০ অপরাহ্ন, মঙ্গলবার, ১১ মার্চ ২০২৫, ২৬ ফাল্গুন ১৪৩১ বঙ্গাব্দ", {});
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].kind, DateMention::Kind::kAbsolute);
  EXPECT_EQ(all[0].weekday, 2);
  EXPECT_EQ(all[0].value.ToIso(), "2025-03-11T19:10:00+06:00");
  EXPECT_EQ(all[1].kind, DateMention::Kind::kBangla);
  EXPECT_EQ(all[1].value.ToIso(), "2025-03-11");
  EXPECT_TRUE(time::BanglaMatchesGregorian({1431, 11, 26}, all[0].value.date()));
}

TEST(DateParser, TimeAfterTheBanglaDateBelongsToTheGregorianDateBeforeIt) {
  auto all = Parser().FindAll("শুক্রবার, ১২ই জুলাই, ২০২৪ খ্রিস্টাব্দ, ২৮ আষাঢ় ১৪৩১ বঙ্গাব্দ, সকাল ১১:১০", {});
  ASSERT_GE(all.size(), 1u);
  EXPECT_EQ(all[0].kind, DateMention::Kind::kAbsolute);
  EXPECT_EQ(all[0].value.ToIso(), "2024-07-12T11:10:00+06:00");
  auto era = Parser().FindAll("১২ জুলাই ২০২৪ খ্রি., ২৮ আষাঢ় ১৪৩১ বঙ্গাব্দ, রাত ৮:২০", {});
  ASSERT_GE(era.size(), 1u);
  EXPECT_EQ(era[0].value.ToIso(), "2024-07-12T20:20:00+06:00");
}

TEST(DateParser, RecordsTheWeekdayPrintedNextToADate) {
  auto before = Parser().FindAll("বৃহস্পতিবার, ১৩ ফেব্রুয়ারি ২০২৫", {});
  ASSERT_EQ(before.size(), 1u);
  EXPECT_EQ(before[0].weekday, 4);
  auto after = Parser().FindAll("১৩ ফেব্রুয়ারি (বৃহস্পতিবার) সকালে", {});
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].weekday, 4);
  EXPECT_EQ(after[0].kind, DateMention::Kind::kYearless);
  auto relative = Parser().FindAll("গতকাল মঙ্গলবার", WithRef(kRef));
  ASSERT_EQ(relative.size(), 1u);
  EXPECT_EQ(relative[0].weekday, 2);
  EXPECT_EQ(relative[0].kind, DateMention::Kind::kRelative);
}

TEST(DateParser, LeavesYearlessAndRelativeMentionsUnresolvedWithoutAReference) {
  auto all = Parser().FindAll("শুক্রবার (৭ ফেব্রুয়ারি) এবং গতকাল, গত বছরের অক্টোবরে; রবিবার", {});
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all[0].kind, DateMention::Kind::kYearless);
  EXPECT_FALSE(all[0].resolved);
  EXPECT_EQ(all[0].value.month, 2);
  EXPECT_EQ(all[0].value.day, 7);
  EXPECT_EQ(all[0].weekday, 5);
  EXPECT_EQ(all[1].kind, DateMention::Kind::kRelative);
  EXPECT_FALSE(all[1].resolved);
  EXPECT_EQ(all[2].kind, DateMention::Kind::kRelative);
  EXPECT_FALSE(all[2].resolved);
  EXPECT_EQ(all[2].value.month, 10);
  EXPECT_EQ(all[3].kind, DateMention::Kind::kWeekday);
  EXPECT_EQ(all[3].weekday, 0);
  EXPECT_FALSE(all[3].resolved);
}

TEST(DateParser, RecognisesHijriDatesAsHijriWithAnApproximateValue) {
  auto all = Parser().FindAll("১২ মার্চ ২০২৫, ১২ রমজান ১৪৪৬ হিজরি", {});
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].kind, DateMention::Kind::kHijri);
  const int64_t off = DaysFromCivil(all[1].value.date()) - DaysFromCivil({2025, 3, 12});
  EXPECT_LE(std::abs(off), 2);
  auto two_words = Parser().FindAll("১২ রবিউল আউয়াল ১৪৪৬ হিজরি", {});
  ASSERT_EQ(two_words.size(), 1u);
  EXPECT_EQ(two_words[0].kind, DateMention::Kind::kHijri);
}

TEST(DateParser, ReadsTheVisitWordSafarAsHijriOnlyWithAYear) {
  EXPECT_TRUE(Parser().FindAll("তিনি ৩ সফর শেষে ফিরেছেন", {}).empty());
  auto hijri = Parser().FindAll("৩ সফর ১৪৪৭", {});
  ASSERT_EQ(hijri.size(), 1u);
  EXPECT_EQ(hijri[0].kind, DateMention::Kind::kHijri);
}

TEST(DateParser, KindsAndPrecisionsOfMonthAndYearMentions) {
  auto all = Parser().FindAll("২০২৪ সালের অক্টোবরে, অক্টোবর ২০২৪ এবং ১৯৭৯ সালে", {});
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].kind, DateMention::Kind::kMonthYear);
  EXPECT_EQ(all[0].value.precision, DateTime::Precision::kMonth);
  EXPECT_EQ(all[1].kind, DateMention::Kind::kMonthYear);
  EXPECT_EQ(all[2].kind, DateMention::Kind::kAbsolute);
  EXPECT_EQ(all[2].value.precision, DateTime::Precision::kYear);
}

TEST(DateParser, UsesTheConfiguredDefaultOffset) {
  DateOptions o;
  o.default_utc_offset_minutes = 330;
  auto t = Parser().Parse("১২ মার্চ ২০২৪, ১০:১৫ পিএম", o);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->ToIso(), "2024-03-12T22:15:00+05:30");
}

TEST(DateParser, FindsEveryDateOfARunningText) {
  const std::string text =
      "সংস্থাটি ১৫ জানুয়ারি ২০২৪ তারিখে প্রথম বৈঠক করে। এরপর ২০২৪ সালের মার্চে দ্বিতীয় দফা আলোচনা হয়। "
      "৩০০ জন প্রতিনিধি অংশ নেন এবং ১০ দিন আগে চূড়ান্ত খসড়া জমা পড়ে।";
  auto all = Parser().FindAll(text, WithRef("2025-02-12"));
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].value.ToIso(), "2024-01-15");
  EXPECT_EQ(all[1].value.ToIso(), "2024-03");
  EXPECT_EQ(all[2].value.ToIso(), "2025-02-02");
}

TEST(DateParser, StaysLinearOnHugePathologicalInput) {
  std::string huge;
  while (huge.size() < 8'000'000) huge += "১২ ১২-১২-১২ ২০২৪ সালের গত ১২:১২ মার্চ ";
  const auto start = std::chrono::steady_clock::now();
  auto all = Parser().FindAll(huge, WithRef(kRef));
  const auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_FALSE(all.empty());
  EXPECT_LT(secs, 10.0 * GHOTONA_TIME_LIMIT_SCALE);
  std::string one_word(4'000'000, 'a');
  EXPECT_TRUE(Parser().FindAll(one_word, {}).empty());
}

TEST(DateParser, SurvivesInvalidUtf8) {
  const std::string bad = "\xff\xfe১২ মার্চ\xe0\xa6 ২০২৪\xc3";
  auto all = Parser().FindAll(bad, {});
  for (const auto& m : all) EXPECT_LE(m.end, bad.size());
  const std::string truncated = "১২ মার্চ ২০২৪\xe0";
  auto t = Parser().Parse(truncated, {});
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->ToIso(), "2024-03-12");
}

TEST(DateParserLoad, FailsWithAReadableErrorForAMissingDataDir) {
  auto p = DateParser::Load("/nonexistent/data");
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.status().message().find("months.tsv"), std::string::npos);
}

}  // namespace
}  // namespace ghotona
