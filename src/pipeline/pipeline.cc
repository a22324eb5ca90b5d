// The Pipeline: reader -> Page -> extractor -> Article -> entities, for every
// input format. Holds only immutable loaded data (date tables, extractor phrase
// lists, knowledge base, tagger weights), so
// one instance serves many threads.
#include "ghotona/pipeline.h"

#include <utility>

#include "ghotona/entities.h"
#include "page/extractor.h"
#include "page/html_reader.h"
#include "page/reader.h"
#include "page/text_reader.h"

namespace ghotona {

struct Pipeline::Impl {
  PipelineOptions options;
  std::unique_ptr<DateParser> dates;
  std::unique_ptr<page::Extractor> extractor;
  page::HtmlReaderConfig html_config;
  std::unique_ptr<EntityLinker> linker;  // null when entities are off
};

Pipeline::Pipeline(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Pipeline::~Pipeline() = default;

Result<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  auto dates = DateParser::Load(options.data_dir);
  if (!dates.ok()) return dates.status();
  impl->dates = std::move(dates).value();
  auto extractor = page::Extractor::Load(options.data_dir, impl->dates.get());
  if (!extractor.ok()) return extractor.status();
  impl->extractor = std::move(extractor).value();
  auto html_config = page::LoadHtmlReaderConfig(options.data_dir);
  if (!html_config.ok()) return html_config.status();
  impl->html_config = std::move(html_config).value();
  if (options.entities) {
    auto linker = EntityLinker::Create(options.data_dir);
    if (!linker.ok()) return linker.status();
    impl->linker = std::move(linker).value();
  }
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(impl)));
}

void Pipeline::ForEachDocument(std::string_view bytes, std::string_view origin,
                               const std::function<void(RawDocument)>& emit) const {
  page::ReadDocuments(bytes, origin, emit);
}

Document Pipeline::Process(const RawDocument& raw) const {
  Document doc;
  doc.origin = raw.origin;
  if (raw.error) {
    doc.error = *raw.error;
    return doc;
  }
  page::ExtractOptions extract_options;
  extract_options.default_utc_offset_minutes = impl_->options.default_utc_offset_minutes;

  page::Page page;
  switch (raw.format) {
    case InputFormat::kTextDump:
      page = page::PageFromText(raw.content);
      break;
    case InputFormat::kHtml: {
      auto parsed = page::PageFromHtml(raw.content, impl_->html_config);
      if (!parsed.ok()) {
        doc.error = parsed.status().message();
        return doc;
      }
      page = std::move(parsed).value();
      break;
    }
    case InputFormat::kBody:
      break;
  }
  // Hints a JSON Lines record carries override nothing the page states
  // itself; they fill what it leaves open.
  if (raw.title && !page.hints.og_title) page.hints.og_title = raw.title;
  if (raw.outlet && !page.hints.site_name) page.hints.site_name = raw.outlet;
  if (raw.date && !page.hints.published) page.hints.published = raw.date;
  if (raw.url && !page.hints.url) page.hints.url = raw.url;

  if (raw.format == InputFormat::kBody) {
    doc.article = impl_->extractor->ExtractBody(raw.content, page.hints, extract_options);
  } else {
    doc.article = impl_->extractor->Extract(page, extract_options);
  }
  if (!doc.article.url && page.hints.url) doc.article.url = page.hints.url;
  std::vector<std::string>& warnings = doc.article.warnings;
  warnings.insert(warnings.begin(), page.warnings.begin(), page.warnings.end());
  warnings.insert(warnings.begin(), raw.warnings.begin(), raw.warnings.end());
  if (impl_->linker) {
    LinkOptions link_options;
    if (doc.article.published && doc.article.published->precision >= DateTime::Precision::kDay) {
      link_options.date = doc.article.published->date();
    }
    doc.entities = impl_->linker->Link(doc.article.body, link_options);
  }
  return doc;
}

}  // namespace ghotona
