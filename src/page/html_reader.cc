// HTML -> Page in two iterative passes over libxml2's tree.
//
// Pass 1 (Survey) visits every node once: it gathers metadata hints (meta,
// title, canonical link, html lang, JSON-LD) and, per element, the amount of
// text below it and whether a content marker (<h1>, <main>, an <article> that
// is not itself marked as furniture, itemprop=articleBody, role=main) lies
// below it. Pass 2 (Walk) emits Blocks, skipping furniture. The survey makes
// soft drops safe: an element is only dropped for its class/id tokens, its
// role, or being a <header>/<footer>/<aside>/<form>, when it holds no content
// marker and at most half of the page's text, so a wrapper classed
// "has-sidebar" or an ASP.NET page-wide <form> does not take the article
// with it.
//
// Both passes walk with parent/next pointers, so no recursion and no stack
// beyond the explicit block-context vector.
#include "page/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include "page/text_reader.h"
#include "text/normalize.h"

namespace ghotona::page {
namespace {

using nlohmann::json;

constexpr int kParseOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                              HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;

// ---------------------------------------------------------------------------
// Element classification.

enum class Kind {
  kInline,     // text flows into the enclosing block
  kBlock,      // a block of its own (tag from BlockTagFor)
  kContainer,  // block boundary; text directly inside is a paragraph
  kHardDrop,   // never content
  kSoftDrop,   // furniture unless it holds the article (see file comment)
};

struct ElementInfo {
  Kind kind;
  BlockTag tag;
};

ElementInfo Classify(std::string_view name) {
  struct Entry {
    std::string_view name;
    ElementInfo info;
  };
  static constexpr Entry kTable[] = {
      {"h1", {Kind::kBlock, BlockTag::kH1}},
      {"h2", {Kind::kBlock, BlockTag::kHeading}},
      {"h3", {Kind::kBlock, BlockTag::kHeading}},
      {"h4", {Kind::kBlock, BlockTag::kHeading}},
      {"h5", {Kind::kBlock, BlockTag::kHeading}},
      {"h6", {Kind::kBlock, BlockTag::kHeading}},
      {"p", {Kind::kBlock, BlockTag::kParagraph}},
      {"li", {Kind::kBlock, BlockTag::kListItem}},
      {"dt", {Kind::kBlock, BlockTag::kListItem}},
      {"dd", {Kind::kBlock, BlockTag::kListItem}},
      {"figcaption", {Kind::kBlock, BlockTag::kCaption}},
      {"caption", {Kind::kBlock, BlockTag::kCaption}},
      {"time", {Kind::kBlock, BlockTag::kTime}},
      {"td", {Kind::kBlock, BlockTag::kOther}},
      {"th", {Kind::kBlock, BlockTag::kOther}},
      {"blockquote", {Kind::kBlock, BlockTag::kOther}},
      {"pre", {Kind::kBlock, BlockTag::kOther}},
      {"address", {Kind::kBlock, BlockTag::kOther}},
      {"html", {Kind::kContainer, BlockTag::kParagraph}},
      {"body", {Kind::kContainer, BlockTag::kParagraph}},
      {"div", {Kind::kContainer, BlockTag::kParagraph}},
      {"section", {Kind::kContainer, BlockTag::kParagraph}},
      {"article", {Kind::kContainer, BlockTag::kParagraph}},
      {"main", {Kind::kContainer, BlockTag::kParagraph}},
      {"figure", {Kind::kContainer, BlockTag::kParagraph}},
      {"ul", {Kind::kContainer, BlockTag::kParagraph}},
      {"ol", {Kind::kContainer, BlockTag::kParagraph}},
      {"dl", {Kind::kContainer, BlockTag::kParagraph}},
      {"table", {Kind::kContainer, BlockTag::kParagraph}},
      {"thead", {Kind::kContainer, BlockTag::kParagraph}},
      {"tbody", {Kind::kContainer, BlockTag::kParagraph}},
      {"tfoot", {Kind::kContainer, BlockTag::kParagraph}},
      {"tr", {Kind::kContainer, BlockTag::kParagraph}},
      {"center", {Kind::kContainer, BlockTag::kParagraph}},
      {"details", {Kind::kContainer, BlockTag::kParagraph}},
      {"summary", {Kind::kContainer, BlockTag::kParagraph}},
      {"hgroup", {Kind::kContainer, BlockTag::kParagraph}},
      {"fieldset", {Kind::kContainer, BlockTag::kParagraph}},
      {"hr", {Kind::kContainer, BlockTag::kParagraph}},
      {"header", {Kind::kSoftDrop, BlockTag::kParagraph}},
      {"footer", {Kind::kSoftDrop, BlockTag::kParagraph}},
      {"aside", {Kind::kSoftDrop, BlockTag::kParagraph}},
      {"form", {Kind::kSoftDrop, BlockTag::kParagraph}},
      {"head", {Kind::kHardDrop, BlockTag::kOther}},
      {"script", {Kind::kHardDrop, BlockTag::kOther}},
      {"style", {Kind::kHardDrop, BlockTag::kOther}},
      {"noscript", {Kind::kHardDrop, BlockTag::kOther}},
      {"template", {Kind::kHardDrop, BlockTag::kOther}},
      {"svg", {Kind::kHardDrop, BlockTag::kOther}},
      {"math", {Kind::kHardDrop, BlockTag::kOther}},
      {"iframe", {Kind::kHardDrop, BlockTag::kOther}},
      {"object", {Kind::kHardDrop, BlockTag::kOther}},
      {"embed", {Kind::kHardDrop, BlockTag::kOther}},
      {"canvas", {Kind::kHardDrop, BlockTag::kOther}},
      {"video", {Kind::kHardDrop, BlockTag::kOther}},
      {"audio", {Kind::kHardDrop, BlockTag::kOther}},
      {"map", {Kind::kHardDrop, BlockTag::kOther}},
      {"nav", {Kind::kHardDrop, BlockTag::kOther}},
      {"menu", {Kind::kHardDrop, BlockTag::kOther}},
      {"button", {Kind::kHardDrop, BlockTag::kOther}},
      {"select", {Kind::kHardDrop, BlockTag::kOther}},
      {"option", {Kind::kHardDrop, BlockTag::kOther}},
      {"input", {Kind::kHardDrop, BlockTag::kOther}},
      {"textarea", {Kind::kHardDrop, BlockTag::kOther}},
      {"dialog", {Kind::kHardDrop, BlockTag::kOther}},
  };
  static const auto* const kIndex = [] {
    auto* index = new std::unordered_map<std::string_view, ElementInfo>();
    for (const Entry& e : kTable) index->emplace(e.name, e.info);
    return index;
  }();
  auto it = kIndex->find(name);
  return it == kIndex->end() ? ElementInfo{Kind::kInline, BlockTag::kParagraph} : it->second;
}

// ---------------------------------------------------------------------------
// Small libxml2 helpers. Names from the HTML parser are lower-case ASCII.

std::string_view Name(const xmlNode* n) {
  return n->name ? std::string_view(reinterpret_cast<const char*>(n->name)) : std::string_view();
}

// The value of attribute `name`, or nullopt. Views into the tree.
std::optional<std::string_view> Attr(const xmlNode* n, std::string_view name) {
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr || name != reinterpret_cast<const char*>(a->name)) continue;
    if (a->children == nullptr || a->children->content == nullptr) return std::string_view();
    return std::string_view(reinterpret_cast<const char*>(a->children->content));
  }
  return std::nullopt;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

bool ContainsNoCase(std::string_view hay, std::string_view lower_needle) {
  auto eq = [](char a, char b) { return (a >= 'A' && a <= 'Z' ? static_cast<char>(a + 32) : a) == b; };
  return std::search(hay.begin(), hay.end(), lower_needle.begin(), lower_needle.end(), eq) != hay.end();
}

// All text below n (text and CDATA nodes), concatenated; iterative.
std::string TextContent(const xmlNode* n) {
  std::string out;
  const xmlNode* node = n->children;
  while (node != nullptr) {
    if ((node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) && node->content) {
      out += reinterpret_cast<const char*>(node->content);
    }
    if (node->type == XML_ELEMENT_NODE && node->children) {
      node = node->children;
      continue;
    }
    while (node != nullptr && node != n && node->next == nullptr) node = node->parent;
    if (node == nullptr || node == n) break;
    node = node->next;
  }
  return out;
}

// Number of non-space characters in UTF-8 text (lead bytes that are not
// ASCII whitespace); a cheap, allocation-free measure of text amount.
size_t CountChars(std::string_view s) {
  size_t n = 0;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if ((c & 0xC0) != 0x80 && c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') ++n;
  }
  return n;
}

std::optional<std::string> NonEmpty(std::string s) {
  if (s.empty()) return std::nullopt;
  return s;
}

void SetIfEmpty(std::optional<std::string>* field, std::string_view value) {
  if (field->has_value()) return;
  std::string v = text::CollapseWhitespace(value);
  if (!v.empty()) *field = std::move(v);
}

// The name of a microdata item (itemprop="author"): its itemprop="name"
// property (content attribute or text), else its own text when short.
std::string MicrodataName(const xmlNode* n) {
  constexpr size_t kMaxNameBytes = 120;
  std::vector<const xmlNode*> stack;
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) stack.push_back(c);
  while (!stack.empty()) {
    const xmlNode* c = stack.back();
    stack.pop_back();
    if (c->type != XML_ELEMENT_NODE) continue;
    if (auto prop = Attr(c, "itemprop"); prop && Lower(*prop) == "name") {
      auto content = Attr(c, "content");
      std::string name = text::CollapseWhitespace(content ? std::string(*content) : TextContent(c));
      return name.size() <= kMaxNameBytes ? name : std::string();
    }
    for (const xmlNode* k = c->children; k != nullptr; k = k->next) stack.push_back(k);
  }
  std::string own = text::CollapseWhitespace(TextContent(n));
  return own.size() <= kMaxNameBytes ? own : std::string();
}

// ---------------------------------------------------------------------------
// Furniture tests.

// Tokens this long or longer also match at the start or end of a class-name
// part ("relatedposts", "sitefooter"); shorter ones ("nav", "ad") only whole.
constexpr size_t kAffixTokenMinLength = 4;
// Longest token tried as an affix; longer tokens match whole parts only.
constexpr size_t kMaxAffixLength = 16;

bool PartMatches(std::string_view part, const TokenSet& tokens, size_t min_affix, size_t max_affix) {
  if (tokens.find(part) != tokens.end()) return true;
  for (size_t len = min_affix; len < part.size() && len <= max_affix; ++len) {
    if (tokens.find(part.substr(0, len)) != tokens.end()) return true;
    if (tokens.find(part.substr(part.size() - len)) != tokens.end()) return true;
  }
  return false;
}

// True when a class or id attribute value holds a token of `tokens`.
bool HasDropToken(std::string_view value, const TokenSet& tokens) {
  if (tokens.empty()) return false;
  std::string lower = Lower(value);
  std::string_view v = lower;
  size_t i = 0;
  while (i < v.size()) {
    while (i < v.size() && (v[i] == ' ' || v[i] == '\t' || v[i] == '\n' || v[i] == '\r')) ++i;
    size_t start = i;
    while (i < v.size() && !(v[i] == ' ' || v[i] == '\t' || v[i] == '\n' || v[i] == '\r')) ++i;
    std::string_view cls = v.substr(start, i - start);
    if (cls.empty()) continue;
    if (tokens.find(cls) != tokens.end()) return true;
    size_t p = 0;
    while (p <= cls.size()) {
      size_t q = cls.find_first_of("-_", p);
      if (q == std::string_view::npos) q = cls.size();
      if (q > p && PartMatches(cls.substr(p, q - p), tokens, kAffixTokenMinLength, kMaxAffixLength))
        return true;
      p = q + 1;
    }
  }
  return false;
}

bool IsMarkedFurniture(const xmlNode* n, const HtmlReaderConfig& config) {
  if (auto role = Attr(n, "role"); role && config.drop_roles.count(Lower(*role))) return true;
  if (auto cls = Attr(n, "class"); cls && HasDropToken(*cls, config.drop_tokens)) return true;
  if (auto id = Attr(n, "id"); id && HasDropToken(*id, config.drop_tokens)) return true;
  return false;
}

bool IsHidden(const xmlNode* n) {
  if (Attr(n, "hidden")) return true;
  if (auto a = Attr(n, "aria-hidden"); a && Lower(*a) == "true") return true;
  if (auto style = Attr(n, "style")) {
    std::string s;
    for (char c : *style) {
      if (c != ' ' && c != '\t') s += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    if (s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos) {
      return true;
    }
  }
  return false;
}

bool IsBreadcrumb(const xmlNode* n) {
  for (const char* attr : {"class", "id", "aria-label", "itemtype"}) {
    if (auto v = Attr(n, attr); v && ContainsNoCase(*v, "breadcrumb")) return true;
  }
  return false;
}

bool IsArticleBody(const xmlNode* n) {
  auto prop = Attr(n, "itemprop");
  return prop && Lower(*prop) == "articlebody";
}

// ---------------------------------------------------------------------------
// Hints.

// Hints by source; merged in priority order at the end (meta, then JSON-LD,
// then the page body).
struct HintSources {
  PageHints meta;
  PageHints json_ld;
  std::optional<std::string> canonical;
  std::optional<std::string> article_time;  // first <time datetime> in the article
  std::vector<std::string> breadcrumb;      // link texts of the first breadcrumb
  bool breadcrumb_seen = false;
  std::optional<std::string> h1;  // first <h1> kept on the page
  // A copyright line ("© 2024 X") inside dropped furniture (a footer): it
  // names the outlet, so it is kept as a last block of the page.
  std::optional<std::string> copyright;
};

void ReadMeta(const xmlNode* n, PageHints* h) {
  auto content = Attr(n, "content");
  if (!content) return;
  std::optional<std::string_view> key_attr = Attr(n, "property");
  if (!key_attr) key_attr = Attr(n, "name");
  if (!key_attr) key_attr = Attr(n, "itemprop");
  if (!key_attr) {
    if (auto equiv = Attr(n, "http-equiv"); equiv && Lower(*equiv) == "content-language") {
      SetIfEmpty(&h->language, *content);
    }
    return;
  }
  std::string key = Lower(*key_attr);
  struct Rule {
    const char* key;
    std::optional<std::string> PageHints::*field;
  };
  static const Rule kRules[] = {
      {"og:title", &PageHints::og_title},
      {"og:site_name", &PageHints::site_name},
      {"article:published_time", &PageHints::published},
      {"og:article:published_time", &PageHints::published},
      {"datepublished", &PageHints::published},
      {"pubdate", &PageHints::published},
      {"publishdate", &PageHints::published},
      {"publish-date", &PageHints::published},
      {"dc.date.issued", &PageHints::published},
      {"article:modified_time", &PageHints::modified},
      {"og:article:modified_time", &PageHints::modified},
      {"og:updated_time", &PageHints::modified},
      {"datemodified", &PageHints::modified},
      {"author", &PageHints::author},
      {"article:author", &PageHints::author},
      {"dc.creator", &PageHints::author},
      {"article:section", &PageHints::section},
      {"og:article:section", &PageHints::section},
      {"articlesection", &PageHints::section},
      {"og:url", &PageHints::url},
  };
  for (const Rule& r : kRules) {
    if (key != r.key) continue;
    // article:author is often a profile URL, which is no byline.
    if (r.field == &PageHints::author && content->substr(0, 4) == "http") return;
    SetIfEmpty(&(h->*r.field), *content);
    return;
  }
}

bool IsArticleType(const json& type) {
  static constexpr std::string_view kTypes[] = {"NewsArticle",           "Article",
                                                "ReportageNewsArticle",  "BlogPosting",
                                                "AnalysisNewsArticle",   "OpinionNewsArticle",
                                                "BackgroundNewsArticle", "Report"};
  auto is = [](const json& t) {
    if (!t.is_string()) return false;
    const std::string& s = t.get_ref<const std::string&>();
    for (std::string_view k : kTypes) {
      if (s == k) return true;
    }
    return false;
  };
  if (type.is_array()) {
    for (const json& t : type) {
      if (is(t)) return true;
    }
    return false;
  }
  return is(type);
}

// A name from a JSON-LD person/organization value: "X", {"name": "X"}, or an
// array of those (joined with ", ").
std::string JsonLdName(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_object()) {
    auto it = v.find("name");
    return (it != v.end() && it->is_string()) ? it->get<std::string>() : std::string();
  }
  if (v.is_array()) {
    std::string out;
    for (const json& e : v) {
      std::string name = JsonLdName(e.is_array() ? json() : e);
      if (name.empty()) continue;
      if (!out.empty()) out += ", ";
      out += name;
    }
    return out;
  }
  return "";
}

std::string JsonLdString(const json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array() && !it->empty() && it->front().is_string()) return it->front().get<std::string>();
  return "";
}

bool IsType(const json& obj, std::initializer_list<std::string_view> types) {
  auto t = obj.find("@type");
  if (t == obj.end()) return false;
  auto is = [&](const json& v) {
    if (!v.is_string()) return false;
    for (std::string_view k : types) {
      if (v.get_ref<const std::string&>() == k) return true;
    }
    return false;
  };
  if (!t->is_array()) return is(*t);
  return std::any_of(t->begin(), t->end(), is);
}

void ReadJsonLd(std::string_view script, PageHints* h) {
  // Raw newlines and tabs inside strings are common in hand-made JSON-LD and
  // invalid JSON; outside strings they are plain whitespace either way.
  std::string text(script);
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return;
  // Explicit-stack search through objects and arrays (@graph, nesting),
  // collecting article objects, the names of objects by @id (a publisher is
  // often a reference into the @graph) and the site's own name.
  std::vector<const json*> articles;
  std::unordered_map<std::string, std::string> names_by_id;
  std::string site_name;
  std::vector<const json*> stack{&doc};
  size_t visited = 0;
  while (!stack.empty() && ++visited < 100000) {
    const json* v = stack.back();
    stack.pop_back();
    if (v->is_array()) {
      for (auto it = v->rbegin(); it != v->rend(); ++it) stack.push_back(&*it);
      continue;
    }
    if (!v->is_object()) continue;
    std::string name = JsonLdString(*v, "name");
    std::string id = JsonLdString(*v, "@id");
    if (!id.empty() && !name.empty()) names_by_id.emplace(id, name);
    if (site_name.empty() && IsType(*v, {"WebSite", "NewsMediaOrganization", "Organization"}))
      site_name = name;
    if (IsArticleType(v->value("@type", json()))) {
      articles.push_back(v);
      continue;
    }
    if (auto g = v->find("@graph"); g != v->end()) stack.push_back(&*g);
  }
  for (const json* a : articles) {
    SetIfEmpty(&h->og_title, JsonLdString(*a, "headline"));
    SetIfEmpty(&h->published, JsonLdString(*a, "datePublished"));
    SetIfEmpty(&h->modified, JsonLdString(*a, "dateModified"));
    if (auto author = a->find("author"); author != a->end()) SetIfEmpty(&h->author, JsonLdName(*author));
    if (auto p = a->find("publisher"); p != a->end()) {
      std::string publisher = JsonLdName(*p);
      if (publisher.empty() && p->is_object()) {
        auto named = names_by_id.find(JsonLdString(*p, "@id"));
        if (named != names_by_id.end()) publisher = named->second;
      }
      SetIfEmpty(&h->site_name, publisher);
    }
    SetIfEmpty(&h->section, JsonLdString(*a, "articleSection"));
    SetIfEmpty(&h->language, JsonLdString(*a, "inLanguage"));
    SetIfEmpty(&h->url, JsonLdString(*a, "url"));
  }
  if (!articles.empty()) SetIfEmpty(&h->site_name, site_name);
}

void ReadJsonLdSafely(std::string_view script, PageHints* h) {
  try {
    ReadJsonLd(script, h);
  } catch (const std::exception&) {
    // A malformed JSON-LD block only costs its hints.
  }
}

// Collects the link texts of a breadcrumb trail.
void ReadBreadcrumb(const xmlNode* n, HintSources* hints) {
  hints->breadcrumb_seen = true;
  const xmlNode* node = n->children;
  while (node != nullptr) {
    if (node->type == XML_ELEMENT_NODE && Name(node) == "a") {
      std::string t = text::CollapseWhitespace(TextContent(node));
      if (!t.empty()) hints->breadcrumb.push_back(std::move(t));
    } else if (node->type == XML_ELEMENT_NODE && node->children) {
      node = node->children;
      continue;
    }
    while (node != nullptr && node != n && node->next == nullptr) node = node->parent;
    if (node == nullptr || node == n) break;
    node = node->next;
  }
}

// ---------------------------------------------------------------------------
// Pass 1: survey.

struct NodeFacts {
  size_t chars = 0;         // text below the element (excluding hard drops)
  bool has_marker = false;  // a content marker lies at or below it
};

// Visits the tree under root in document order without recursion (deep
// pages must not overflow the stack): visitor.Enter(node) returns whether to
// descend; visitor.Exit(node) follows every descended node's subtree.
template <typename Visitor>
void WalkTree(xmlNode* root, Visitor& visitor) {
  xmlNode* node = root;
  while (node != nullptr) {
    bool descend = visitor.Enter(node);
    if (descend && node->children) {
      node = node->children;
      continue;
    }
    if (descend) visitor.Exit(node);
    while (node != root && node->next == nullptr) {
      node = node->parent;
      visitor.Exit(node);
    }
    if (node == root) break;
    node = node->next;
  }
}

class Survey {
 public:
  Survey(const HtmlReaderConfig& config, HintSources* hints) : config_(config), hints_(hints) {}

  void Run(xmlNode* root) {
    facts_.clear();
    WalkTree(root, *this);
  }

  // Text characters on the whole page (outside scripts and other hard drops).
  size_t total_chars() const { return total_chars_; }

  const NodeFacts& Facts(const xmlNode* n) const {
    static const NodeFacts kNone;
    auto index = reinterpret_cast<uintptr_t>(n->_private);
    return index == 0 || index > facts_.size() ? kNone : facts_[index - 1];
  }

 private:
  template <typename Visitor>
  friend void WalkTree(xmlNode* root, Visitor& visitor);
  bool Enter(xmlNode* n) {
    if (n->type == XML_HTML_DOCUMENT_NODE) return true;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content && n->parent && n->parent->type == XML_ELEMENT_NODE && n->parent->_private) {
        size_t c = CountChars(reinterpret_cast<const char*>(n->content));
        Mutable(n->parent).chars += c;
        total_chars_ += c;
      }
      return false;
    }
    if (n->type != XML_ELEMENT_NODE) return false;
    facts_.emplace_back();
    n->_private = reinterpret_cast<void*>(static_cast<uintptr_t>(facts_.size()));
    std::string_view name = Name(n);
    if (name == "html") {
      if (auto lang = Attr(n, "lang")) SetIfEmpty(&hints_->meta.language, *lang);
    } else if (name == "title") {
      SetIfEmpty(&hints_->meta.title, TextContent(n));
      return false;
    } else if (name == "meta") {
      ReadMeta(n, &hints_->meta);
    } else if (name == "link") {
      auto rel = Attr(n, "rel");
      auto href = Attr(n, "href");
      if (rel && href && Lower(*rel) == "canonical" && !hints_->canonical) {
        hints_->canonical = NonEmpty(text::CollapseWhitespace(*href));
      }
    } else if (name == "script") {
      auto type = Attr(n, "type");
      if (type && Lower(*type) == "application/ld+json") ReadJsonLdSafely(TextContent(n), &hints_->json_ld);
      return false;
    }
    if (!hints_->breadcrumb_seen && IsBreadcrumb(n)) ReadBreadcrumb(n, hints_);
    // itemprop metadata on ordinary elements (<span itemprop="author">).
    if (auto prop = Attr(n, "itemprop"); prop && name != "meta") {
      std::string p = Lower(*prop);
      // The machine-readable time: datetime (<time>), content, or title (<abbr>).
      auto when = [&]() -> std::optional<std::string_view> {
        for (const char* attr : {"datetime", "content", "title"}) {
          if (auto v = Attr(n, attr)) return v;
        }
        return std::nullopt;
      };
      if (p == "datepublished") {
        if (auto dt = when()) SetIfEmpty(&hints_->meta.published, *dt);
      } else if (p == "datemodified") {
        if (auto dt = when()) SetIfEmpty(&hints_->meta.modified, *dt);
      } else if (p == "author" && !hints_->meta.author) {
        SetIfEmpty(&hints_->meta.author, MicrodataName(n));
      }
    }
    ElementInfo info = Classify(name);
    if (info.kind == Kind::kHardDrop && name != "head") return false;
    if (name == "h1" || name == "main" || IsArticleBody(n)) Mutable(n).has_marker = true;
    if (auto role = Attr(n, "role"); role && Lower(*role) == "main") Mutable(n).has_marker = true;
    if (name == "article" && !IsMarkedFurniture(n, config_)) Mutable(n).has_marker = true;
    return true;
  }

  void Exit(xmlNode* n) {
    if (n->type != XML_ELEMENT_NODE || n->_private == nullptr) return;
    const NodeFacts f = Facts(n);
    xmlNode* parent = n->parent;
    if (parent && parent->type == XML_ELEMENT_NODE && parent->_private) {
      NodeFacts& pf = Mutable(parent);
      pf.chars += f.chars;
      pf.has_marker = pf.has_marker || f.has_marker;
    }
  }

  NodeFacts& Mutable(const xmlNode* n) { return facts_[reinterpret_cast<uintptr_t>(n->_private) - 1]; }

  const HtmlReaderConfig& config_;
  HintSources* hints_;
  std::vector<NodeFacts> facts_;
  size_t total_chars_ = 0;
};

// ---------------------------------------------------------------------------
// Pass 2: blocks.

class Walker {
 public:
  Walker(const HtmlReaderConfig& config, const Survey& survey, HintSources* hints, Page* page)
      : config_(config), survey_(survey), hints_(hints), page_(page) {}

  void Run(xmlNode* root) {
    page_chars_ = survey_.total_chars();
    WalkTree(root, *this);
    Flush();
  }

 private:
  template <typename Visitor>
  friend void WalkTree(xmlNode* root, Visitor& visitor);
  struct Context {
    BlockTag tag;
    std::string datetime;
  };

  bool Enter(xmlNode* n) {
    if (n->type == XML_HTML_DOCUMENT_NODE) return true;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) {
        std::string_view t(reinterpret_cast<const char*>(n->content));
        buffer_ += t;
        size_t c = CountChars(t);
        chars_ += c;
        if (link_depth_ > 0) link_chars_ += c;
      }
      return false;
    }
    if (n->type != XML_ELEMENT_NODE) return false;
    std::string_view name = Name(n);
    if (name == "br") {
      LineBreak();
      return false;
    }
    ElementInfo info = Classify(name);
    if (ShouldDrop(n, name, info)) return false;
    if (name == "time" && !hints_->article_time && article_depth_ > 0) {
      if (auto dt = Attr(n, "datetime")) hints_->article_time = NonEmpty(text::CollapseWhitespace(*dt));
    }
    if (info.kind == Kind::kBlock || info.kind == Kind::kContainer || info.kind == Kind::kSoftDrop) {
      Flush();
      next_blank_ = std::max(next_blank_, 1);
      Context ctx{info.kind == Kind::kBlock ? info.tag : BlockTag::kParagraph, ""};
      if (name == "time") {
        if (auto dt = Attr(n, "datetime")) ctx.datetime = text::CollapseWhitespace(*dt);
      }
      contexts_.push_back(std::move(ctx));
    }
    if (name == "a") ++link_depth_;
    if (name == "article" || name == "main" || IsArticleBody(n)) ++article_depth_;
    return true;
  }

  void Exit(xmlNode* n) {
    if (n->type != XML_ELEMENT_NODE) return;
    std::string_view name = Name(n);
    ElementInfo info = Classify(name);
    if (info.kind == Kind::kBlock || info.kind == Kind::kContainer || info.kind == Kind::kSoftDrop) {
      Flush();
      next_blank_ = std::max(next_blank_, 1);
      if (!contexts_.empty()) contexts_.pop_back();
    }
    if (name == "a" && link_depth_ > 0) --link_depth_;
    if ((name == "article" || name == "main" || IsArticleBody(n)) && article_depth_ > 0) --article_depth_;
  }

  bool ShouldDrop(const xmlNode* n, std::string_view name, const ElementInfo& info) {
    if (info.kind == Kind::kHardDrop) return true;
    if (IsHidden(n)) return true;
    bool soft = info.kind == Kind::kSoftDrop || IsMarkedFurniture(n, config_);
    if (!soft) return false;
    const NodeFacts& f = survey_.Facts(n);
    // Furniture never holds the article: keep what does.
    if (f.has_marker || f.chars * 2 > page_chars_) return false;
    if (!hints_->copyright) KeepCopyrightLine(n);
    return true;
  }

  // The text of the element holding the first copyright sign under n.
  void KeepCopyrightLine(const xmlNode* n) {
    constexpr size_t kMaxLineBytes = 300;
    std::vector<const xmlNode*> stack{n};
    while (!stack.empty()) {
      const xmlNode* c = stack.back();
      stack.pop_back();
      if (c->type == XML_TEXT_NODE && c->content != nullptr &&
          std::string_view(reinterpret_cast<const char*>(c->content)).find("\xC2\xA9") !=
              std::string_view::npos) {
        std::string line = text::CollapseWhitespace(TextContent(c->parent != nullptr ? c->parent : c));
        if (!line.empty() && line.size() <= kMaxLineBytes) hints_->copyright = std::move(line);
        return;
      }
      if (c->type != XML_ELEMENT_NODE && c != n) continue;
      // Children pushed in reverse so the first child is visited first.
      std::vector<const xmlNode*> children;
      for (const xmlNode* k = c->children; k != nullptr; k = k->next) children.push_back(k);
      stack.insert(stack.end(), children.rbegin(), children.rend());
    }
  }

  void LineBreak() {
    if (text::CollapseWhitespace(buffer_).empty()) {
      buffer_.clear();
      chars_ = link_chars_ = 0;
      if (!page_->blocks.empty()) ++next_blank_;
      return;
    }
    Flush();
    next_blank_ = 0;
  }

  void Flush() {
    if (buffer_.empty()) return;
    std::string text = text::CollapseWhitespace(buffer_);
    buffer_.clear();
    if (!text.empty()) {
      Block& b = page_->blocks.emplace_back();
      b.text = std::move(text);
      b.tag = contexts_.empty() ? BlockTag::kParagraph : contexts_.back().tag;
      if (b.tag == BlockTag::kTime) b.datetime = contexts_.back().datetime;
      b.link_density = chars_ == 0 ? 0.0f : static_cast<float>(link_chars_) / static_cast<float>(chars_);
      b.in_article = article_depth_ > 0;
      b.blank_lines_before = next_blank_;
      next_blank_ = 0;
      if (b.tag == BlockTag::kH1 && !hints_->h1) hints_->h1 = b.text;
    }
    chars_ = link_chars_ = 0;
  }

  const HtmlReaderConfig& config_;
  const Survey& survey_;
  HintSources* hints_;
  Page* page_;
  size_t page_chars_ = 0;
  std::vector<Context> contexts_;
  std::string buffer_;
  size_t chars_ = 0;
  size_t link_chars_ = 0;
  int link_depth_ = 0;
  int article_depth_ = 0;
  int next_blank_ = 0;
};

// The section a breadcrumb names: its last link, skipping the first (home)
// link and any link that repeats the headline.
std::optional<std::string> BreadcrumbSection(const HintSources& s, const PageHints& merged) {
  std::vector<std::string> items(s.breadcrumb.begin(), s.breadcrumb.end());
  if (items.size() < 2) return std::nullopt;
  items.erase(items.begin());
  while (!items.empty()) {
    const std::string& last = items.back();
    bool is_headline = (s.h1 && last == *s.h1) || (merged.og_title && last == *merged.og_title) ||
                       (merged.title && merged.title->find(last) == 0 && last.size() > 60);
    // Section names are short; a long link is an article title.
    if (!is_headline && last.size() <= 100) return last;
    items.pop_back();
  }
  return std::nullopt;
}

void MergeHints(const HintSources& s, PageHints* out) {
  *out = s.meta;
  const PageHints& j = s.json_ld;
  for (auto field : {&PageHints::title, &PageHints::og_title, &PageHints::site_name, &PageHints::published,
                     &PageHints::modified, &PageHints::author, &PageHints::section, &PageHints::url,
                     &PageHints::language}) {
    if (!(out->*field) && (j.*field)) out->*field = j.*field;
  }
  if (s.canonical) out->url = s.canonical;
  if (!out->published && s.article_time) out->published = s.article_time;
  if (!out->section) out->section = BreadcrumbSection(s, *out);
}

// ---------------------------------------------------------------------------
// Fallback when libxml2 gives up: text with tags removed, block-level tags
// turned into line breaks, and the common entities decoded.

void AppendEntity(std::string_view* s, std::string* out) {
  // *s starts at '&'.
  size_t semi = s->find(';');
  if (semi == std::string_view::npos || semi > 10) {
    out->push_back('&');
    s->remove_prefix(1);
    return;
  }
  std::string_view name = s->substr(1, semi - 1);
  uint32_t cp = 0;
  if (name == "amp")
    cp = '&';
  else if (name == "lt")
    cp = '<';
  else if (name == "gt")
    cp = '>';
  else if (name == "quot")
    cp = '"';
  else if (name == "apos")
    cp = '\'';
  else if (name == "nbsp")
    cp = 0xA0;
  else if (name.size() > 1 && name[0] == '#') {
    bool hex = name[1] == 'x' || name[1] == 'X';
    for (char c : name.substr(hex ? 2 : 1)) {
      int d = (c >= '0' && c <= '9')          ? c - '0'
              : hex && (c >= 'a' && c <= 'f') ? c - 'a' + 10
              : hex && (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                              : -1;
      if (d < 0 || cp > 0x10FFFF) {
        cp = 0;
        break;
      }
      cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
    }
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  }
  if (cp == 0) {
    out->push_back('&');
    s->remove_prefix(1);
    return;
  }
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
  s->remove_prefix(semi + 1);
}

std::string StripTags(std::string_view s) {
  std::string out;
  out.reserve(s.size() / 2);
  while (!s.empty()) {
    char c = s.front();
    if (c == '&') {
      AppendEntity(&s, &out);
      continue;
    }
    bool tag_start = c == '<' && s.size() > 1 &&
                     ((s[1] >= 'a' && s[1] <= 'z') || (s[1] >= 'A' && s[1] <= 'Z') || s[1] == '/' ||
                      s[1] == '!' || s[1] == '?');
    if (!tag_start) {
      out.push_back(c);
      s.remove_prefix(1);
      continue;
    }
    if (s.substr(0, 4) == "<!--") {
      size_t end = s.find("-->", 4);
      s.remove_prefix(end == std::string_view::npos ? s.size() : end + 3);
      continue;
    }
    size_t end = s.find('>');
    std::string name;
    for (size_t i = s[1] == '/' ? 2 : 1; i < s.size() && i < 16; ++i) {
      char ch = s[i];
      if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))) break;
      name += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch;
    }
    s.remove_prefix(end == std::string_view::npos ? s.size() : end + 1);
    Kind kind = Classify(name).kind;
    if (kind == Kind::kHardDrop && (name == "script" || name == "style")) {
      // Skip raw text up to the closing tag.
      std::string closing = "</" + name;
      size_t close = 0;
      while ((close = s.find("</", close)) != std::string_view::npos) {
        if (Lower(s.substr(close, closing.size())) == closing) break;
        close += 2;
      }
      s.remove_prefix(close == std::string_view::npos ? s.size() : close);
    } else if (kind != Kind::kInline || name == "br") {
      out.push_back('\n');
    }
  }
  return out;
}

std::once_flag g_libxml_init;

}  // namespace

Result<HtmlReaderConfig> LoadHtmlReaderConfig(std::string_view data_dir) {
  std::string path = std::string(data_dir) + "/page/html_drop_tokens.txt";
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open " + path);
  HtmlReaderConfig config;
  std::string line;
  while (std::getline(in, line)) {
    size_t hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    std::string entry = Lower(text::CollapseWhitespace(line));
    if (entry.empty()) continue;
    if (entry.find(' ') != std::string::npos) {
      return Status::ParseError(path + ": an entry holds a space: \"" + entry + "\"");
    }
    if (entry.rfind("role=", 0) == 0) {
      if (entry.size() == 5) return Status::ParseError(path + ": empty role");
      config.drop_roles.insert(entry.substr(5));
    } else {
      config.drop_tokens.insert(entry);
    }
  }
  if (in.bad()) return Status::IoError("cannot read " + path);
  return config;
}

Result<Page> PageFromHtml(std::string_view utf8, const HtmlReaderConfig& config) {
  std::call_once(g_libxml_init, [] { xmlInitParser(); });
  if (text::CollapseWhitespace(utf8.substr(0, 4096)).empty() && text::CollapseWhitespace(utf8).empty()) {
    return Status::ParseError("empty HTML document");
  }
  Page page;
  page.from_html = true;
  if (utf8.size() > static_cast<size_t>(INT32_MAX)) {
    return Status::InvalidArgument("HTML document larger than 2 GB");
  }
  htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
  if (ctxt == nullptr) return Status::Internal("cannot create an HTML parser");
  htmlDocPtr doc =
      htmlCtxtReadMemory(ctxt, utf8.data(), static_cast<int>(utf8.size()), nullptr, "UTF-8", kParseOptions);
  // disableSAX is set when the parser stopped before the end of the input
  // (nesting deeper than 256, other fatal errors).
  bool stopped_early = ctxt->disableSAX != 0;
  htmlFreeParserCtxt(ctxt);

  HintSources hints;
  // Walk from the document node: top-level siblings of the root element
  // (stray text or elements after </html>) are content too.
  xmlNode* top = doc ? reinterpret_cast<xmlNode*>(doc) : nullptr;
  if (top != nullptr) {
    Survey survey(config, &hints);
    survey.Run(top);
    if (!stopped_early) {
      Walker walker(config, survey, &hints, &page);
      walker.Run(top);
    }
  }
  if (doc) xmlFreeDoc(doc);
  MergeHints(hints, &page.hints);
  if (hints.copyright) {
    Block& b = page.blocks.emplace_back();
    b.text = std::move(*hints.copyright);
    b.tag = BlockTag::kOther;
    b.blank_lines_before = 1;
  }
  if (stopped_early || top == nullptr) {
    Page text = PageFromText(StripTags(utf8));
    page.blocks = std::move(text.blocks);
    page.warnings.push_back("HTML parser stopped early; text taken with tags stripped");
  }
  return page;
}

}  // namespace ghotona::page
