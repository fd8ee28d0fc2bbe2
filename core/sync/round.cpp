#include "core/sync/round.hpp"

#include "core/codec/json_text.hpp"

namespace opp::sync {

namespace {

bool is_base_part(const std::string& document) {
  // Cheap test before parsing: base parts carry "type":"base" (seal_base writes it so).
  if (document.find("\"base\"") == std::string::npos) return false;
  const codec::Json json = codec::parse_json(document);
  return json.is_object() && json.value("type", std::string()) == "base";
}

// Opens every change document; the first error stops.
std::optional<DecodeError> open_all(const storage::SecretKey& key, const std::vector<std::string>& documents,
                                    std::vector<SyncedChange>& out) {
  out.reserve(documents.size());
  for (const std::string& document : documents) {
    if (is_base_part(document)) continue;
    Decoded<SyncedChange> opened = open_change(key, document);
    if (!opened.ok()) return opened.error;
    out.push_back(std::move(*opened.value));
  }
  return std::nullopt;
}

}  // namespace

Outgoing outgoing(const SyncSession& session, const storage::RandomFill& random) {
  Outgoing out;
  const storage::SecretKey* key = session.team_key();
  if (key == nullptr) return out;
  if (!session.base_sent()) {
    out.documents = seal_base(*key, session.base(), random);
    out.base_parts = out.documents.size();
  }
  for (const SyncedChange& change : session.unsent()) out.documents.push_back(seal_change(*key, change, random));
  out.changes = out.documents.size() - out.base_parts;
  return out;
}

void sent(SyncSession& session, const Outgoing& sent) {
  if (sent.base_parts > 0) session.set_base_sent();
  session.sent(sent.changes);
}

Incoming incoming(SyncSession& session, const std::vector<std::string>& documents, std::string since) {
  Incoming in;
  const storage::SecretKey* key = session.team_key();
  if (key == nullptr) return in;
  std::vector<SyncedChange> changes;
  if (auto error = open_all(*key, documents, changes)) {
    in.error = std::move(error);
    return in;
  }
  in.received = session.receive(std::move(changes));
  session.set_since(std::move(since));
  return in;
}

std::optional<DecodeError> join(SyncSession& session, storage::SecretKey team_key,
                                const std::vector<std::string>& base_parts,
                                const std::vector<std::string>& documents, std::string since) {
  Decoded<Store> base = open_base(team_key, base_parts);
  if (!base.ok()) return base.error;
  std::vector<SyncedChange> changes;
  if (auto error = open_all(team_key, documents, changes)) return error;
  const std::string joined = session.join(std::move(team_key), std::move(*base.value), std::move(changes));
  if (!joined.empty()) return DecodeError{"storage.error.not_loaded", joined};
  session.set_since(std::move(since));
  return std::nullopt;
}

}  // namespace opp::sync
