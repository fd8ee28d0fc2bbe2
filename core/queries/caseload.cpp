// Caseload: each query one memo over its pure function (core/queries/memo.hpp).
#include "core/queries/caseload.hpp"

#include <tuple>

namespace opp::queries {

Caseload::Caseload(const Store& store, std::function<std::uint64_t()> version)
    : store_(&store), memo_(std::move(version)) {}

const CaseloadIndex& Caseload::index() {
  return memo_.get(&Rebuilds::index, std::tie(), [&] { return build_caseload_index(*store_); });
}

const PersonFile& Caseload::person(Id person, Date today) {
  return memo_.get(&Rebuilds::person, std::tie(person, today), [&] { return person_file(*store_, index(), person, today); });
}

// The names are folded once per change to the store, not per keystroke; an empty filter lists
// everyone and folds nothing.
const std::vector<const Person*>& Caseload::search(std::string_view filter) {
  return memo_.get(&Rebuilds::search, std::tie(filter), [&] {
    return filter.empty() ? search_persons(*store_, filter) : person_search().find(filter);
  });
}

void Caseload::prepare_search() { person_search(); }

const PersonSearch& Caseload::person_search() {
  return memo_.get(&Rebuilds::search_keys, std::tie(), [&] { return PersonSearch(*store_); });
}

const PersonKeys& Caseload::person_keys() {
  return memo_.get(&Rebuilds::keys, std::tie(), [&] { return build_person_keys(*store_); });
}

const Queue& Caseload::queue(const QueueFilter& filter, Date today) {
  return memo_.get(&Rebuilds::queue, std::tie(filter, today), [&] { return intake_queue(*store_, filter, today); });
}

const Board& Caseload::board(const BoardFilter& filter, Date today) {
  return memo_.get(&Rebuilds::board, std::tie(filter, today), [&] { return build_board(*store_, index(), filter, today); });
}

const PsfsCaseload& Caseload::psfs() {
  return memo_.get(&Rebuilds::psfs, std::tie(), [&] { return psfs_caseload(*store_); });
}

const Evaluation& Caseload::evaluation(const EvaluationFilter& filter, Date today) {
  return memo_.get(&Rebuilds::evaluation, std::tie(filter, today), [&] { return evaluate(*store_, filter, today); });
}

}  // namespace opp::queries
