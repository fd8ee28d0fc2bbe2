// Caseload: lazily built, version-checked caches over the pure query functions.
#include "core/queries/caseload.hpp"

namespace opp::queries {

Caseload::Caseload(const Store& store, std::function<std::uint64_t()> version)
    : store_(&store), version_(std::move(version)) {}

void Caseload::refresh() {
  const std::uint64_t now = version_();
  if (built_for_ == now) return;
  built_for_ = now;
  index_.reset();
  person_id_.reset();
  person_search_.reset();
  filter_.reset();
  keys_.reset();
  queue_for_.reset();
  board_for_.reset();
  psfs_.reset();
  evaluation_for_.reset();
}

const CaseloadIndex& Caseload::index() {
  refresh();
  if (!index_) {
    index_ = build_caseload_index(*store_);
    ++rebuilds_.index;
  }
  return *index_;
}

const PersonFile& Caseload::person(Id person, Date today) {
  refresh();
  if (person_id_ != person || person_today_ != today) {
    person_ = person_file(*store_, index(), person, today);
    person_id_ = person;
    person_today_ = today;
    ++rebuilds_.person;
  }
  return person_;
}

const std::vector<const Person*>& Caseload::search(std::string_view filter) {
  refresh();
  if (!filter_ || *filter_ != filter) {
    if (!filter.empty()) prepare_search();  // folded once per change to the store, not per keystroke
    search_ = person_search_ ? person_search_->find(filter) : search_persons(*store_, filter);
    filter_ = std::string(filter);
    ++rebuilds_.search;
  }
  return search_;
}

void Caseload::prepare_search() {
  refresh();
  if (!person_search_) {
    person_search_.emplace(*store_);
    ++rebuilds_.search_keys;
  }
}

const PersonKeys& Caseload::person_keys() {
  refresh();
  if (!keys_) {
    keys_ = build_person_keys(*store_);
    ++rebuilds_.keys;
  }
  return *keys_;
}

const Queue& Caseload::queue(const QueueFilter& filter, Date today) {
  refresh();
  if (!queue_for_ || queue_for_->first != filter || queue_for_->second != today) {
    queue_ = intake_queue(*store_, filter, today);
    queue_for_.emplace(filter, today);
    ++rebuilds_.queue;
  }
  return queue_;
}

const Board& Caseload::board(const BoardFilter& filter, Date today) {
  refresh();
  if (!board_for_ || board_for_->first != filter || board_for_->second != today) {
    board_ = build_board(*store_, index(), filter, today);
    board_for_.emplace(filter, today);
    ++rebuilds_.board;
  }
  return board_;
}

const PsfsCaseload& Caseload::psfs() {
  refresh();
  if (!psfs_) {
    psfs_ = psfs_caseload(*store_);
    ++rebuilds_.psfs;
  }
  return *psfs_;
}

const Evaluation& Caseload::evaluation(const EvaluationFilter& filter, Date today) {
  refresh();
  if (!evaluation_for_ || evaluation_for_->first != filter || evaluation_for_->second != today) {
    evaluation_ = evaluate(*store_, filter, today);
    evaluation_for_.emplace(filter, today);
    ++rebuilds_.evaluation;
  }
  return evaluation_;
}

}  // namespace opp::queries
