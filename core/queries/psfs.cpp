// PSFS math: the person's grid and the caseload's changes (see psfs.hpp for the form's rules).
#include "core/queries/psfs.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

#include "core/text/csv.hpp"
#include "core/text/search.hpp"

namespace opp::queries {
namespace {

// The rule on a change given exactly as `sum` points over `count` activities.
PsfsSignificance classify_exact(int sum, int count, PsfsDirection direction) {
  const int better = direction == PsfsDirection::ZeroIsCannot ? sum : -sum;
  if (better >= kPsfsSignificantChange * count) return PsfsSignificance::Improvement;
  if (-better >= kPsfsSignificantChange * count) return PsfsSignificance::Decline;
  return PsfsSignificance::None;
}

std::optional<int> score_of(const PsfsConversation& c, Id activity) {
  for (const PsfsScore& s : c.scores) {
    if (s.activity == activity) return s.score;
  }
  return std::nullopt;
}

}  // namespace

PsfsSignificance classify_psfs_change(double change, PsfsDirection direction) {
  const double better = direction == PsfsDirection::ZeroIsCannot ? change : -change;
  constexpr double kEps = 1e-9;  // averages of whole scores: 2 stays 2 after division
  if (better >= kPsfsSignificantChange - kEps) return PsfsSignificance::Improvement;
  if (-better >= kPsfsSignificantChange - kEps) return PsfsSignificance::Decline;
  return PsfsSignificance::None;
}

std::optional<PsfsChange> psfs_change(const PsfsConversation& before, const PsfsConversation& after) {
  int sum = 0;
  int count = 0;
  for (const PsfsScore& s : after.scores) {
    if (const std::optional<int> earlier = score_of(before, s.activity)) {
      sum += s.score - *earlier;
      ++count;
    }
  }
  if (count == 0) return std::nullopt;
  return PsfsChange{static_cast<double>(sum) / count, count, classify_exact(sum, count, after.direction)};
}

std::optional<double> psfs_average(const PsfsConversation& c) {
  if (c.scores.empty()) return std::nullopt;
  int sum = 0;
  for (const PsfsScore& s : c.scores) sum += s.score;
  return static_cast<double>(sum) / static_cast<double>(c.scores.size());
}

FirstAndLatest first_and_latest(const Store& store, Id person, const std::function<bool(Date)>& counts) {
  FirstAndLatest out;
  for (const PsfsConversation& c : store.psfs_conversations.of_person(person)) {
    if (counts && !counts(c.date)) continue;
    ++out.count;
    if (out.first == nullptr || c.date < out.first->date) out.first = &c;
    if (out.latest == nullptr || !(c.date < out.latest->date)) out.latest = &c;
  }
  return out;
}

std::size_t psfs_histogram_index(double change) {
  const int k = std::clamp(static_cast<int>(std::ceil(change - 0.5)), -10, 10);
  return static_cast<std::size_t>(k + 10);
}

bool PsfsGrid::marked(std::size_t activity, std::size_t conversation) const {
  const std::optional<int>& change = activity_changes[activity][conversation];
  return change && std::abs(*change) >= kPsfsActivityMark;
}

PsfsGrid psfs_grid(const Store& store, Id person) {
  PsfsGrid grid;
  for (const PsfsActivity& a : store.psfs_activities.of_person(person)) grid.activities.push_back(&a);
  for (const PsfsConversation& c : store.psfs_conversations.of_person(person)) grid.conversations.push_back(&c);
  std::stable_sort(grid.conversations.begin(), grid.conversations.end(),
                   [](const PsfsConversation* a, const PsfsConversation* b) { return a->date < b->date; });
  const std::size_t n = grid.conversations.size();
  grid.scores.assign(grid.activities.size(), std::vector<std::optional<int>>(n));
  grid.activity_changes.assign(grid.activities.size(), std::vector<std::optional<int>>(n));
  grid.totals.assign(n, 0);
  grid.averages.assign(n, std::nullopt);
  grid.changes.assign(n, std::nullopt);
  for (std::size_t c = 0; c < n; ++c) {
    int scored = 0;
    for (const PsfsScore& score : grid.conversations[c]->scores) {
      const auto row = std::find_if(grid.activities.begin(), grid.activities.end(),
                                    [&](const PsfsActivity* a) { return a->id == score.activity; });
      if (row == grid.activities.end()) continue;
      const std::size_t a = static_cast<std::size_t>(row - grid.activities.begin());
      grid.scores[a][c] = score.score;
      if (c > 0 && grid.scores[a][c - 1]) grid.activity_changes[a][c] = score.score - *grid.scores[a][c - 1];
      grid.totals[c] += score.score;
      ++scored;
    }
    if (scored > 0) grid.averages[c] = static_cast<double>(grid.totals[c]) / scored;
    if (c > 0) grid.changes[c] = psfs_change(*grid.conversations[c - 1], *grid.conversations[c]);
  }
  return grid;
}

std::vector<std::vector<std::string>> psfs_table_rows(const PsfsGrid& grid, const PsfsTableLabels& labels) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> header{labels.activity};
  for (const PsfsConversation* c : grid.conversations) header.push_back(to_display(c->date));
  rows.push_back(std::move(header));
  for (std::size_t a = 0; a < grid.activities.size(); ++a) {
    std::vector<std::string> row{grid.activities[a]->text};
    for (const std::optional<int>& score : grid.scores[a]) row.push_back(score ? std::to_string(*score) : std::string());
    rows.push_back(std::move(row));
  }
  std::vector<std::string> total{labels.total}, average{labels.average}, change{labels.change},
      significance{labels.significance};
  for (std::size_t c = 0; c < grid.conversations.size(); ++c) {
    total.push_back(std::to_string(grid.totals[c]));
    average.push_back(grid.averages[c] ? decimal_comma(*grid.averages[c]) : std::string());
    change.push_back(grid.changes[c] ? signed_decimal_comma(grid.changes[c]->value) : std::string());
    const PsfsSignificance s = grid.changes[c] ? grid.changes[c]->significance : PsfsSignificance::None;
    significance.push_back(s == PsfsSignificance::Improvement ? labels.improvement
                           : s == PsfsSignificance::Decline   ? labels.decline
                                                              : std::string());
  }
  rows.push_back(std::move(total));
  rows.push_back(std::move(average));
  rows.push_back(std::move(change));
  rows.push_back(std::move(significance));
  return rows;
}

PsfsCaseload psfs_caseload(const Store& store) {
  PsfsCaseload out;
  out.histogram.assign(kPsfsHistogramBins, 0);
  for (const Person& person : store.persons) {
    const FirstAndLatest found = first_and_latest(store, person.id);
    if (found.count == 0) continue;
    PsfsPersonRow row{&person, found.count, found.latest->date, psfs_average(*found.latest), std::nullopt};
    if (found.count > 1) row.first_to_latest = psfs_change(*found.first, *found.latest);
    if (row.first_to_latest) {
      const PsfsChange& change = *row.first_to_latest;
      out.changes.push_back(change.value);
      if (change.significance == PsfsSignificance::Improvement) ++out.improved;
      if (change.significance == PsfsSignificance::Decline) ++out.declined;
      ++out.histogram[psfs_histogram_index(change.value)];
    }
    out.rows.push_back(row);
  }
  // By name, folded once per person (not per comparison).
  std::vector<std::pair<std::string, std::size_t>> keys;
  keys.reserve(out.rows.size());
  for (std::size_t i = 0; i < out.rows.size(); ++i) keys.emplace_back(fold_case(out.rows[i].person->name), i);
  std::stable_sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<PsfsPersonRow> sorted;
  sorted.reserve(out.rows.size());
  for (const auto& key : keys) sorted.push_back(out.rows[key.second]);
  out.rows = std::move(sorted);
  return out;
}

}  // namespace opp::queries
