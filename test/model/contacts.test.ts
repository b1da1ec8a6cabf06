/*
 * Contacts are counted in one place and classified by their reason: a citizen's
 * real question is value demand, the failure-demand reasons are failure demand,
 * and the office's own proactive call is kept apart from citizen demand (it is
 * counted and costs time, but does not enter contacts per claim or the
 * failure-demand share). Checked on exact traces of a hand-made team scenario.
 */
import { describe, expect, it } from "vitest";
import type { Case } from "../../src/casework/Case";
import { CONTACT_REASONS, FAILURE_REASONS, type ContactReason } from "../../src/casework/ContactReason";
import { Task } from "../../src/casework/Task";
import { simulateOffice, type OfficeRun } from "../../src/organisation/Office";
import { teamUnit } from "../../src/organisation/UnitConfig";
import { at, quietOffice } from "./helpers";

describe("a task's failure-demand flag follows from its reason", () => {
  const kase = {} as Case;
  it.each(Object.keys(CONTACT_REASONS) as ContactReason[])("a contact for %s", (reason) => {
    const task = new Task("contact", kase, 0.15, 0, reason);
    expect(task.failureDemand).toBe(CONTACT_REASONS[reason].demand === "failure");
    expect(task.failureDemand).toBe(FAILURE_REASONS.has(reason));
  });

  it("a reconsideration is failure demand, the claim's own work and proactive calls are not", () => {
    expect(new Task("reconsider", kase, 1, 0, "reconsideration").failureDemand).toBe(true);
    expect(new Task("assess", kase, 1, 0).failureDemand).toBe(false);
    expect(CONTACT_REASONS.proactive.demand).toBe("office");
    expect(FAILURE_REASONS.has("proactive")).toBe(false);
  });
});

describe("a team owner's proactive call", () => {
  // Claim 0 (40 h) keeps the owner busy for days from Monday 12 January 09:00. Claim 1 (2 h) waits
  // behind it; its claimant expects a decision within a day. With proactive calls on, the owner calls
  // first (and promises a date 500 days on, half the quiet world's 1000 expected days, so nobody
  // chases after that); with them off the claimant chases.
  const run = (proactiveContact: boolean, proactiveHours = 0.3): OfficeRun =>
    simulateOffice(
      quietOffice({
        world: { contacts: { contactHours: 0.15, switchHours: 0.1 } },
        units: [teamUnit({ handlers: 1, teamSize: 1, transitionDip: 0, proactiveContact, proactiveHours, letterHours: 0.1 })],
      }),
      {
        seed: 3,
        horizonDays: 28,
        trace: true,
        script: [
          { arrival: at(7, 9), needHours: 40 },
          { arrival: at(7, 9.5), needHours: 2, expectedDays: 1 },
        ],
      },
    );
  const events = (r: OfficeRun, id: number): string[] => (r.trace ?? []).filter((e) => e.caseId === id).map((e) => e.event);

  it("is recorded as an office-initiated contact, apart from citizen demand (kills: proactive calls bypassing the contact record)", () => {
    const calls = run(true);
    expect(calls.contactsByReason).toEqual({ proactive: 1 });
    expect(events(calls, 1)).toContain("contact:proactive");
    expect(calls.metrics.officeContactsPerCase).toBe(1 / 2);
    // no citizen got in touch: no citizen contacts, and no failure-demand share to speak of
    expect(calls.metrics.contactsPerCase).toBe(0);
    expect(calls.metrics.failureDemandShare).toBeNaN();
    expect(calls.series.officeContacts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(calls.series.valueContacts.reduce((a, b) => a + b, 0) + calls.series.failureContacts.reduce((a, b) => a + b, 0)).toBe(0);
  });

  it("without it the claimant chases: failure demand from the citizen, no office contact", () => {
    const chases = run(false);
    expect(Object.keys(chases.contactsByReason)).toEqual(["chasing"]);
    expect(events(chases, 1)).toContain("contact:chasing");
    expect(chases.metrics.officeContactsPerCase).toBe(0);
    expect(chases.metrics.failureDemandShare).toBe(1);
    expect(chases.metrics.contactsPerCase).toBe((chases.contactsByReason.chasing ?? 0) / 2);
  });

  it("takes proactiveHours of work, not a citizen call's contactHours (kills: the proactive call's hours ignored)", () => {
    const hoursOfCall = (r: OfficeRun): number => (r.trace ?? []).find((e) => e.caseId === 1 && e.event.startsWith("end:contact"))?.hours ?? NaN;
    // a quiet world: an experienced, unstressed owner at speed 1 and no registration overhead, so the
    // call's staff hours are its work hours exactly (a citizen's call would take contactHours, 0.15)
    expect(hoursOfCall(run(true, 0.3))).toBeCloseTo(0.3, 12);
    expect(hoursOfCall(run(true, 0.6))).toBeCloseTo(0.6, 12);
  });
});
