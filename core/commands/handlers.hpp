// The per-command check and apply functions that command.cpp dispatches to (internal to core/commands).
#pragma once

#include "core/commands/command.hpp"
#include "core/commands/validation.hpp"

namespace opp {

// What applying a command did: the entity it created (if any) and the person it concerns.
struct Applied {
  Id created = kNoId;
  Id subject = kNoId;
};

// When and where a change is applied: the day (for dates it records) and the device whose
// id counter hands out the ids it creates.
struct Applying {
  Date today;
  DeviceId device = kLegacyDevice;
  std::string_view author;  // who made the change (a case's stage history names them)
};

// Hands out the applying device's next id; ids are never reused.
inline Id take_id(Store& store, const Applying& at) { return next_id(store.id_counters, at.device); }

// The person fields shared by CreatePerson, UpdatePerson and SubmitReferral (self: the person
// being edited, kNoId for a new one).
void check_person_fields(const Store& store, Id self, const std::string& name, const std::optional<Date>& birth_date,
                         const std::string& national_id, const std::string& municipality, Date today,
                         Errors& errors);

// Makes `member` the person's only active coordinator; `since` dates the appointment unless the
// member already was coordinator (team_commands.cpp).
void appoint_coordinator(Store& store, Id person, Id member, std::optional<Date> since);

// check() adds field errors and never changes the store; apply() runs only after a clean check()
// and cannot fail, which is what makes execute() all-or-nothing.
#define OPP_DECLARE_HANDLER(Type)                                         \
  void check(const Store& store, const Type& command, Date today, Errors& errors); \
  Applied apply(Store& store, const Type& command, const Applying& at)

OPP_DECLARE_HANDLER(CreatePerson);
OPP_DECLARE_HANDLER(UpdatePerson);
OPP_DECLARE_HANDLER(RegisterReferral);
OPP_DECLARE_HANDLER(SetReferralStatus);
OPP_DECLARE_HANDLER(GiveConsent);
OPP_DECLARE_HANDLER(WithdrawConsent);
OPP_DECLARE_HANDLER(AddTeamMember);
OPP_DECLARE_HANDLER(TeamMemberLeaves);
OPP_DECLARE_HANDLER(SetCoordinator);
OPP_DECLARE_HANDLER(RecordMeeting);
OPP_DECLARE_HANDLER(RecordQualitySurvey);
OPP_DECLARE_HANDLER(AddGoal);
OPP_DECLARE_HANDLER(AddMeasure);
OPP_DECLARE_HANDLER(SetMeasureStatus);
OPP_DECLARE_HANDLER(EvaluateMeasure);
OPP_DECLARE_HANDLER(AddPsfsActivity);
OPP_DECLARE_HANDLER(RetirePsfsActivity);
OPP_DECLARE_HANDLER(RecordPsfsConversation);
OPP_DECLARE_HANDLER(RecordMeasurement);
OPP_DECLARE_HANDLER(AddRelayLogEntry);
OPP_DECLARE_HANDLER(RestoreBackup);
OPP_DECLARE_HANDLER(SubmitReferral);
OPP_DECLARE_HANDLER(TriageReferral);
OPP_DECLARE_HANDLER(RedirectReferral);
OPP_DECLARE_HANDLER(ReopenReferral);
OPP_DECLARE_HANDLER(AddPractitioner);
OPP_DECLARE_HANDLER(SetPractitionerActive);
OPP_DECLARE_HANDLER(SetRiskRule);
OPP_DECLARE_HANDLER(RemoveRiskRule);
OPP_DECLARE_HANDLER(EvaluateGoal);
OPP_DECLARE_HANDLER(OpenCase);
OPP_DECLARE_HANDLER(MoveCase);
OPP_DECLARE_HANDLER(SetCaseTargetGroup);
OPP_DECLARE_HANDLER(RegisterAdmission);
OPP_DECLARE_HANDLER(MarkAdmissionSeen);

#undef OPP_DECLARE_HANDLER

}  // namespace opp
