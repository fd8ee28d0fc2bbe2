// The anonymised research export (research_export.hpp states the rules).
#include "core/queries/research_export.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <cstdio>
#include <random>
#include <unordered_set>

#include "core/domain/enum_names.hpp"
#include "core/queries/psfs.hpp"
#include "core/rules/risk_screening.hpp"
#include "core/text/csv.hpp"

namespace opp::queries {
namespace {

constexpr int kBandYears = 5;
constexpr int kTopBand = 95;

std::string month_text(Date d) {
  const auto ymd = d.ymd();
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()));
  return text;
}
std::string month_text(const std::optional<Date>& d) { return d ? month_text(*d) : std::string(); }
std::string number(const std::optional<int>& v) { return v ? std::to_string(*v) : std::string(); }
std::string flag(bool v) { return v ? "1" : "0"; }
std::string flag(const std::optional<bool>& v) { return v ? flag(*v) : std::string(); }
std::string decimal(const std::optional<double>& v) { return v ? decimal_comma(*v, 2) : std::string(); }

const char* significance_name(PsfsSignificance s) {
  switch (s) {
    case PsfsSignificance::Improvement: return "improvement";
    case PsfsSignificance::Decline: return "decline";
    case PsfsSignificance::None: return "none";
  }
  return "none";
}

const std::vector<std::string> kCaseHeaders{
    "pseudonym", "case_no", "age_band", "municipality", "target_group", "stage", "referral_month", "opened_month",
    "included_month", "closed_month", "days_to_coordinator", "days_to_team", "days_to_individual_plan", "what_matters",
    "individual_plan", "gp_on_team", "relative_on_team", "person_present_at_meetings", "psfs_conversations",
    "psfs_first_average", "psfs_latest_average", "psfs_change", "followed_12_months", "acute_admissions_before",
    "acute_admissions_after", "planned_admissions_before", "planned_admissions_after", "quality_surveys",
    "quality_mean"};
const std::vector<std::string> kPsfsHeaders{"pseudonym", "conversation_no", "month", "scale", "activities_scored",
                                            "average", "change_from_previous", "significance"};

}  // namespace

std::string age_band(const Person& person, Date on) {
  if (!person.birth_date) return {};
  const int years = std::max(0, age_on(*person.birth_date, on));
  if (years >= kTopBand) return std::to_string(kTopBand) + "+";
  const int low = years / kBandYears * kBandYears;
  return std::to_string(low) + "–" + std::to_string(low + kBandYears - 1);
}

ResearchExport::ResearchExport(const Store& store, const EvaluationFilter& filter, Date today, std::uint64_t seed)
    : store_(&store), filter_(filter), today_(today), to_(filter.to.value_or(today)), seed_(seed),
      cases_(selected_cases(store, filter, today)) {
  case_rows_.reserve(cases_.size());
}

bool ResearchExport::step(std::size_t budget) {
  switch (phase_) {
    case Phase::Rows:
      if (build_rows(budget)) phase_ = Phase::Cases;
      return false;
    case Phase::Cases:
      finish_cases();
      phase_ = Phase::Psfs;
      return false;
    case Phase::Psfs:
      finish_psfs();
      phase_ = Phase::Done;
      return true;
    case Phase::Done:
      return true;
  }
  return true;
}

bool ResearchExport::build_rows(std::size_t budget) {
  const Date to = to_;
  const auto in_period = [this, to](Date d) { return queries::in_period(filter_, to, d); };
  for (; next_ < cases_.size() && budget > 0; ++next_, --budget) {
    const Case& c = *cases_[next_];
    const Person* person = store_->find_person(c.person);
    const CaseMeasures m = case_measures(*store_, c, to_, today_);
    const Referral* referral = c.referral != kNoId ? store_->find_referral(c.referral) : nullptr;

    // The person's PSFS conversations in the period, oldest first (the same as the figures count).
    std::vector<const PsfsConversation*> conversations;
    for (const PsfsConversation& conversation : store_->psfs_conversations.of_person(c.person)) {
      if (in_period(conversation.date)) conversations.push_back(&conversation);
    }
    std::stable_sort(conversations.begin(), conversations.end(),
                     [](const PsfsConversation* a, const PsfsConversation* b) { return a->date < b->date; });
    std::optional<double> first_average, latest_average, change;
    if (conversations.size() >= 2) {
      first_average = psfs_average(*conversations.front()).value_or(0.0);
      latest_average = psfs_average(*conversations.back()).value_or(0.0);
      if (const auto ch = psfs_change(*conversations.front(), *conversations.back())) change = ch->value;
    }
    if (psfs_done_.emplace(c.person, true).second) {
      for (std::size_t i = 0; i < conversations.size(); ++i) {
        const PsfsConversation& conversation = *conversations[i];
        std::optional<PsfsChange> from_previous;
        if (i > 0) from_previous = psfs_change(*conversations[i - 1], conversation);
        psfs_rows_.push_back(
            {c.person,
             {std::to_string(i + 1), month_text(conversation.date), std::string(enum_name(conversation.direction)),
              std::to_string(conversation.scores.size()), decimal(psfs_average(conversation)),
              from_previous ? decimal_comma(from_previous->value, 2) : std::string(),
              from_previous ? significance_name(from_previous->significance) : std::string()}});
      }
    }

    // The person's quality surveys in the period: how many, and the mean of the answers given.
    int surveys = 0, answered = 0, answer_sum = 0;
    for (const QualitySurvey& s : store_->quality_surveys.of_person(c.person)) {
      if (!in_period(s.date)) continue;
      ++surveys;
      for (const int a : s.answers) {
        if (a >= 1 && a <= 5) {
          ++answered;
          answer_sum += a;
        }
      }
    }

    CaseRow row;
    row.person = c.person;
    row.opened = c.opened;
    row.age_band = person != nullptr ? age_band(*person, c.opened) : std::string();
    row.municipality = person != nullptr ? person->municipality : std::string();
    row.target_group = std::string(enum_name(c.target_group));
    const auto count_if_followed = [&](int v) { return m.followed_12_months ? std::to_string(v) : std::string(); };
    row.cells = {std::string(enum_name(c.stage)),
                 referral != nullptr ? month_text(referral->received) : std::string(),
                 month_text(c.opened),
                 month_text(c.included),
                 month_text(c.closed),
                 number(m.days_to_coordinator),
                 number(m.days_to_team),
                 number(m.days_to_ip),
                 flag(m.what_matters),
                 flag(m.individual_plan),
                 flag(m.gp_on_team),
                 flag(m.relative_on_team),
                 flag(m.person_present),
                 std::to_string(conversations.size()),
                 decimal(first_average),
                 decimal(latest_average),
                 change ? decimal_comma(*change, 2) : std::string(),
                 flag(m.followed_12_months),
                 count_if_followed(m.acute_before),
                 count_if_followed(m.acute_after),
                 count_if_followed(m.planned_before),
                 count_if_followed(m.planned_after),
                 std::to_string(surveys),
                 answered > 0 ? decimal_comma(static_cast<double>(answer_sum) / answered, 2) : std::string()};
    case_rows_.push_back(std::move(row));
  }
  return next_ == cases_.size();
}

void ResearchExport::finish_cases() {
  // Pseudonyms: a random, unique 8-hex-digit code per person, drawn afresh for every export.
  std::mt19937_64 random(seed_);
  std::unordered_set<std::string> taken;
  for (const CaseRow& row : case_rows_) {
    if (pseudonyms_.contains(row.person)) continue;
    std::string code;
    do {
      char text[16];
      std::snprintf(text, sizeof text, "%08X", static_cast<unsigned>(random() & 0xFFFFFFFFu));
      code = text;
    } while (!taken.insert(code).second);
    pseudonyms_.emplace(row.person, code);
  }

  // Small cells: first each quasi-identifier on its own, then their combination. The values are
  // counted as small numbers (0 is «suppressed») so that 10,000 rows take a few milliseconds.
  using Column = std::string CaseRow::*;
  const Column columns[] = {&CaseRow::municipality, &CaseRow::age_band, &CaseRow::target_group};
  std::vector<std::array<std::uint32_t, 3>> codes(case_rows_.size());
  for (std::size_t k = 0; k < 3; ++k) {
    std::unordered_map<std::string_view, std::uint32_t> code_of;
    std::vector<int> counts{0};
    for (std::size_t i = 0; i < case_rows_.size(); ++i) {
      const auto [it, added] = code_of.emplace(case_rows_[i].*columns[k], static_cast<std::uint32_t>(counts.size()));
      if (added) counts.push_back(0);
      codes[i][k] = it->second;
      ++counts[it->second];
    }
    for (auto& code : codes) {
      if (counts[code[k]] < kSuppressBelow) code[k] = 0;
    }
  }
  for (std::size_t k = 0; k < 3; ++k) {
    const auto key = [](const std::array<std::uint32_t, 3>& c) {
      return (static_cast<std::uint64_t>(c[0]) << 42) | (static_cast<std::uint64_t>(c[1]) << 21) | c[2];
    };
    std::unordered_map<std::uint64_t, int> combinations;
    for (const auto& code : codes) ++combinations[key(code)];
    for (auto& code : codes) {
      if (combinations[key(code)] < kSuppressBelow) code[k] = 0;
    }
  }
  for (std::size_t i = 0; i < case_rows_.size(); ++i) {
    for (std::size_t k = 0; k < 3; ++k) {
      if (codes[i][k] == 0) case_rows_[i].*columns[k] = kSuppressed;
    }
    case_rows_[i].pseudonym = pseudonyms_.at(case_rows_[i].person);
  }

  // Order by pseudonym, then by opening; a person's cases are numbered in that order.
  std::stable_sort(case_rows_.begin(), case_rows_.end(), [](const CaseRow& a, const CaseRow& b) {
    return a.pseudonym != b.pseudonym ? a.pseudonym < b.pseudonym : a.opened < b.opened;
  });
  out_.cases.reserve(case_rows_.size() + 1);
  out_.cases.push_back(kCaseHeaders);
  int case_no = 0;
  for (std::size_t i = 0; i < case_rows_.size(); ++i) {
    CaseRow& row = case_rows_[i];
    case_no = i > 0 && case_rows_[i - 1].person == row.person ? case_no + 1 : 1;
    std::vector<std::string> cells;
    cells.reserve(kCaseHeaders.size());
    cells.push_back(row.pseudonym);
    cells.push_back(std::to_string(case_no));
    cells.push_back(std::move(row.age_band));
    cells.push_back(std::move(row.municipality));
    cells.push_back(std::move(row.target_group));
    for (std::string& cell : row.cells) cells.push_back(std::move(cell));
    out_.cases.push_back(std::move(cells));
  }
  case_rows_.clear();
}

// The PSFS rows by pseudonym (a person's in conversation order), sorted through an index so the
// rows' strings are moved once.
void ResearchExport::finish_psfs() {
  std::vector<std::pair<const std::string*, std::size_t>> order;
  order.reserve(psfs_rows_.size());
  for (std::size_t i = 0; i < psfs_rows_.size(); ++i) order.emplace_back(&pseudonyms_.at(psfs_rows_[i].person), i);
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return *a.first < *b.first; });
  out_.psfs.reserve(psfs_rows_.size() + 1);
  out_.psfs.push_back(kPsfsHeaders);
  for (const auto& [pseudonym, i] : order) {
    std::vector<std::string> cells;
    cells.reserve(kPsfsHeaders.size());
    cells.push_back(*pseudonym);
    for (std::string& cell : psfs_rows_[i].cells) cells.push_back(std::move(cell));
    out_.psfs.push_back(std::move(cells));
  }
  psfs_rows_.clear();
}

ResearchTables ResearchExport::finish(const Evaluation& e) {
  while (!step(cases_.size())) {
  }
  ResearchTables out = std::move(out_);

  out.figures.push_back({"key", "value", "n"});
  for (const EvaluationRow& row : evaluation_rows(e)) {
    const bool small = row.figure.n > 0 && row.figure.n < kSuppressBelow;
    std::string value = row.figure.value ? decimal_comma(*row.figure.value, 1) : std::string();
    if (small) value = row.count ? kSuppressedCount : "";  // a count is its own N
    out.figures.push_back({row.key, value, small ? kSuppressedCount : std::to_string(row.figure.n)});
  }
  return out;
}

}  // namespace opp::queries
