import { relations } from "drizzle-orm";
import { engagementAssessments } from "./assessments";
import { attendance, meetings } from "./meetings";
import { fees } from "./fees";
import { bodies, membershipPeriods, organisations } from "./organisations";
import { departments, people, representations } from "./people";
import { users } from "./users";

export const organisationsRelations = relations(organisations, ({ many }) => ({
  bodies: many(bodies),
  membershipPeriods: many(membershipPeriods),
  representations: many(representations),
  fees: many(fees),
  meetings: many(meetings),
  assessments: many(engagementAssessments),
}));

export const bodiesRelations = relations(bodies, ({ one }) => ({
  organisation: one(organisations, { fields: [bodies.organisationId], references: [organisations.id] }),
}));

export const membershipPeriodsRelations = relations(membershipPeriods, ({ one }) => ({
  organisation: one(organisations, {
    fields: [membershipPeriods.organisationId],
    references: [organisations.id],
  }),
}));

export const departmentsRelations = relations(departments, ({ many }) => ({
  people: many(people),
  users: many(users),
}));

export const peopleRelations = relations(people, ({ one, many }) => ({
  department: one(departments, { fields: [people.departmentId], references: [departments.id] }),
  representations: many(representations),
  attendance: many(attendance),
}));

export const representationsRelations = relations(representations, ({ one }) => ({
  organisation: one(organisations, {
    fields: [representations.organisationId],
    references: [organisations.id],
  }),
  body: one(bodies, { fields: [representations.bodyId], references: [bodies.id] }),
  person: one(people, { fields: [representations.personId], references: [people.id] }),
  department: one(departments, { fields: [representations.departmentId], references: [departments.id] }),
}));

export const feesRelations = relations(fees, ({ one }) => ({
  organisation: one(organisations, { fields: [fees.organisationId], references: [organisations.id] }),
}));

export const meetingsRelations = relations(meetings, ({ one, many }) => ({
  organisation: one(organisations, { fields: [meetings.organisationId], references: [organisations.id] }),
  body: one(bodies, { fields: [meetings.bodyId], references: [bodies.id] }),
  attendance: many(attendance),
}));

export const attendanceRelations = relations(attendance, ({ one }) => ({
  meeting: one(meetings, { fields: [attendance.meetingId], references: [meetings.id] }),
  person: one(people, { fields: [attendance.personId], references: [people.id] }),
}));

export const engagementAssessmentsRelations = relations(engagementAssessments, ({ one }) => ({
  organisation: one(organisations, {
    fields: [engagementAssessments.organisationId],
    references: [organisations.id],
  }),
  author: one(users, { fields: [engagementAssessments.authorId], references: [users.id] }),
}));

export const usersRelations = relations(users, ({ one }) => ({
  department: one(departments, { fields: [users.departmentId], references: [departments.id] }),
}));
