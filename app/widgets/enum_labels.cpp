// One switch per enum: a new enum value without a label is a compiler warning (-Wswitch).
#include "app/widgets/enum_labels.hpp"

namespace opp::app {

const char* label_key(CareLevel value) {
  switch (value) {
    case CareLevel::Municipal: return "care_level.municipal";
    case CareLevel::Gp: return "care_level.gp";
    case CareLevel::Hospital: return "care_level.hospital";
    case CareLevel::OtherSector: return "care_level.other_sector";
    case CareLevel::Relative: return "care_level.relative";
  }
  return "care_level.municipal";
}

const char* label_key(MeetingType value) {
  switch (value) {
    case MeetingType::Network: return "meeting_type.network";
    case MeetingType::Collaboration: return "meeting_type.collaboration";
    case MeetingType::Evaluation: return "meeting_type.evaluation";
  }
  return "meeting_type.network";
}

const char* label_key(MeasureStatus value) {
  switch (value) {
    case MeasureStatus::Planned: return "measure_status.planned";
    case MeasureStatus::InProgress: return "measure_status.in_progress";
    case MeasureStatus::Done: return "measure_status.done";
    case MeasureStatus::Cancelled: return "measure_status.cancelled";
  }
  return "measure_status.planned";
}

const char* label_key(RelayEntryKind value) {
  switch (value) {
    case RelayEntryKind::Concern: return "relay_kind.concern";
    case RelayEntryKind::Measure: return "relay_kind.measure";
    case RelayEntryKind::Evaluation: return "relay_kind.evaluation";
  }
  return "relay_kind.concern";
}

const char* label_key(ConsentKind value) {
  switch (value) {
    case ConsentKind::Referral: return "consent_kind.referral";
    case ConsentKind::Sharing: return "consent_kind.sharing";
    case ConsentKind::RelativeInvolvement: return "consent_kind.relative_involvement";
  }
  return "consent_kind.referral";
}

const char* label_key(ReferralStatus value) {
  switch (value) {
    case ReferralStatus::New: return "referral_status.new";
    case ReferralStatus::UnderAssessment: return "referral_status.under_assessment";
    case ReferralStatus::Accepted: return "referral_status.accepted";
    case ReferralStatus::Redirected: return "referral_status.redirected";
    case ReferralStatus::Closed: return "referral_status.closed";
  }
  return "referral_status.new";
}

const char* label_key(Urgency value) {
  switch (value) {
    case Urgency::Normal: return "urgency.normal";
    case Urgency::Soon: return "urgency.soon";
    case Urgency::Urgent: return "urgency.urgent";
  }
  return "urgency.normal";
}

const char* label_key(Language value) {
  switch (value) {
    case Language::Bokmal: return "language.name.nb";
    case Language::Nynorsk: return "language.name.nn";
    case Language::English: return "language.name.en";
  }
  return "language.name.nb";
}

}  // namespace opp::app
