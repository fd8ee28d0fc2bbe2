// A synthetic caseload for measuring the board: `count` persons, each with one case spread over
// the six stages, a team from a register of 40 practitioners (a coordinator and a GP), a plan
// goal with a measure from team established on, a planned meeting, and an admission for every
// seventh person, and PSFS from mapping on (three to five activities, one to four conversations a
// month apart, improving at different paces); from team established on, quarterly measurements of
// contacts, and from follow-up on a held evaluation meeting with a quality survey (answers that
// vary, every third with a comment). Returned as a schema-5 backup document (the format Settings →
// Make a backup writes); invented names only.
const FIRST = ['Kari', 'Ola', 'Ingrid', 'Per', 'Sigrid', 'Lars', 'Astrid', 'Nils', 'Solveig', 'Arne'];
const LAST = ['Nordmann', 'Haugen', 'Berg', 'Lie', 'Dahl', 'Moen', 'Strand', 'Bakke', 'Fjeld', 'Vik'];
const MUNICIPALITIES = ['Kinn', 'Suldal', 'Lørenskog', 'Bergen', 'Tromsø'];
const STAGES = ['reported', 'mapping', 'team_established', 'follow_up', 'evaluation', 'closed'];
const GROUPS = ['frail_elderly', 'mental_health_substance', 'children_families', 'chronic_illness', 'disability', 'other'];

// `conversations`: PSFS conversations per person with PSFS (default 1–4, varying); 8 gives about
// 53,000 conversations over 10,000 persons, the evaluation issue's scale.
export function boardBackupOf(count, { conversations } = {}) {
  let next = 0;
  const id = () => ++next;
  const practitioners = [];
  for (let i = 0; i < 40; ++i) {
    practitioners.push({ id: id(), name: `${FIRST[i % 10]} ${LAST[(i * 3) % 10]} ${i < 20 ? 'Sykepleier' : 'Lege'}`,
      role: i < 20 ? 'sykepleier' : 'fastlege', service: i < 20 ? 'Hjemmetjenesten' : 'Legekontoret',
      active: true, level: i < 20 ? 'municipal' : 'gp', contact: '' });
  }
  const persons = [], cases = [], team_members = [], goals = [], measures = [], meetings = [], admissions = [];
  const psfs_activities = [], psfs_conversations = [], measurements = [], quality_surveys = [];
  const COMMENTS = ['Godt å ha én å ringe til', 'For mange møter', 'Føler meg hørt', 'Vil ha mer hjelp hjemme'];
  const ACTIVITIES = ['Gå til butikken', 'Gå i trapper', 'Lage middag', 'Dusje selv', 'Møte venner'];
  for (let i = 0; i < count; ++i) {
    const person = id();
    const year = 1935 + (i % 80);
    persons.push({ id: person, name: `${FIRST[i % 10]} ${LAST[Math.floor(i / 10) % 10]} ${i}`,
      birth_date: `${year}-0${1 + (i % 9)}-15`, national_id: '', municipality: MUNICIPALITIES[i % 5],
      registered: '2026-01-05', contact: '' });
    const stage = STAGES[i % 6];
    const reached = STAGES.indexOf(stage);
    const history = [];
    for (let s = 0; s <= reached; ++s) {
      history.push({ date: `2026-0${1 + s}-10`, stage: STAGES[s], by: 'Kari Koordinator', reason: STAGES[s] === 'closed' ? 'Mål nådd' : '' });
    }
    cases.push({ id: id(), person, referral: 0, target_group: GROUPS[i % 6], stage,
      opened: '2026-01-10', included: reached >= 2 ? '2026-03-10' : null, closed: stage === 'closed' ? '2026-06-10' : null,
      close_reason: stage === 'closed' ? 'Mål nådd' : '', history });
    if (reached >= 1) {
      const nurse = practitioners[i % 20];
      const gp = practitioners[20 + (i % 20)];
      const coordinator = id();
      team_members.push({ id: coordinator, person, name: nurse.name, role: nurse.role, service: nurse.service,
        level: 'municipal', coordinator: true, joined: '2026-02-10', left: null, practitioner: nurse.id,
        coordinator_since: '2026-02-10' });
      team_members.push({ id: id(), person, name: gp.name, role: gp.role, service: gp.service, level: 'gp',
        coordinator: false, joined: '2026-02-10', left: null, practitioner: gp.id, coordinator_since: null });
      if (reached >= 2) {
        const goal = id();
        goals.push({ id: goal, person, parent: 0, text: 'Gå til butikken selv', established: '2026-03-10', evaluations: [] });
        measures.push({ id: id(), goal, text: 'Gåtrening', responsible: coordinator, due: i % 3 ? '2026-12-01' : '2026-05-01',
          status: 'in_progress', evaluations: [], from_meeting: 0 });
        meetings.push({ id: id(), person, type: 'network', date: '2027-01-15', participants: [coordinator],
          person_present: true, agenda: '', decisions: '', next_steps: '' });
        ['2026-03-10', '2026-06-10', '2026-09-10'].forEach((date, q) => measurements.push({ id: id(), person, date,
          gp_contacts: (i + q) % 4, emergency_contacts: (i % 5 === 0 ? 1 : 0), municipal_contacts: 4 + ((i * 3 + q) % 9),
          specialist_contacts: (i + 2 * q) % 3, hospital_admissions: 0, medications: 3 + (i % 8), hospital_departments: i % 3,
          proactive_services: q }));
      }
      if (reached >= 3) {
        const meeting = id();
        meetings.push({ id: meeting, person, type: 'evaluation', date: '2026-06-20', participants: [coordinator],
          person_present: i % 4 !== 0, agenda: '', decisions: '', next_steps: '' });
        quality_surveys.push({ id: id(), person, meeting, date: '2026-06-20',
          answers: [0, 1, 2, 3, 4].map((k) => ((i + k) % 7 === 0 ? 0 : 1 + ((i * 7 + k * 3 + (i % 5) * k) % 5))),
          comment: i % 3 === 0 ? COMMENTS[i % 4] : '' });
      }
    }
    if (reached >= 1 && stage !== 'closed') {
      const activities = [];
      for (let a = 0; a < 3 + (i % 3); ++a) {
        const activity = id();
        activities.push(activity);
        psfs_activities.push({ id: activity, person, text: ACTIVITIES[a], added: '2026-02-10' });
      }
      for (let c = 0; c < (conversations ?? 1 + (i % 4)); ++c) {
        psfs_conversations.push({ id: id(), person, date: `2026-${String(2 + c).padStart(2, '0')}-10`, performed_by: 'Siri Sykepleier',
          direction: 'zero_is_cannot', scores: activities.map((activity, a) => ({ activity,
            // Per conversation: +0, +1 or +2 points (every eleventh person −1: a decline).
            score: Math.max(0, Math.min(10, 1 + ((i + a * 3) % 5) + c * (i % 11 === 0 ? -1 : i % 3))) })) });
      }
    }
    if (i % 7 === 0) {
      admissions.push({ id: id(), person, date: '2026-10-02', kind: 'acute', bed_days: 3, note: '', seen: null });
    }
  }
  return JSON.stringify({ format: 'oppfolging-backup', schema_version: 5, store: {
    id_counters: [{ device: 0, last: next }], risk_rules: { version: 0, rules: [] }, persons, referrals: [],
    consents: [], team_members, goals, measures, meetings, psfs_activities, psfs_conversations,
    measurements, relay_log: [], practitioners, cases, admissions, quality_surveys, audit: [] } });
}
