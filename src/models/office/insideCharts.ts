/*
 * The charts of one replication seen from inside (see replicationView):
 * undecided claims by step, the lead time of each week's decisions, citizen
 * contacts by reason and staff hours by kind of work, week by week on a
 * dated axis with the warm-up shaded.
 */
import { contactLabel, contactLegend } from "./contactLegend";
import { dateOfDay } from "../../report/calendarMarks";
import type { ReportChart } from "../../report/ReportChart";
import { CLAIM_STEPS, type ReplicationView } from "./replicationView";

const WIDTH = 940;
const HEIGHT = 150;

/** The four charts of `view` (those with data). */
export function insideCharts(view: ReplicationView): ReportChart[] {
  const when = (day: number): Record<string, unknown> =>
    view.startDate === undefined ? { day } : { date: dateOfDay({ startDate: view.startDate, swedishHolidays: true }, day) };
  const x =
    view.startDate === undefined
      ? { field: "day", type: "quantitative", title: "day of the simulation" }
      : {
          field: "date",
          type: "temporal",
          scale: { type: "utc" },
          title: "week ending",
          axis: { format: span(view) < 200 ? "%-d %b %Y" : "%b %Y", tickCount: 12 },
        };
  const warm =
    view.warmupDays > 0
      ? [
          {
            ...when(0),
            end: view.startDate === undefined ? view.warmupDays : dateOfDay({ startDate: view.startDate, swedishHolidays: true }, view.warmupDays),
            label: "warm-up",
          },
        ]
      : [];
  const warmLayer = (): Array<Record<string, unknown>> =>
    warm.length === 0 ? [] : [{ data: { values: warm }, mark: { type: "rect", color: "#eceff2" }, encoding: { x, x2: { field: "end" } } }];
  const charts: ReportChart[] = [];
  const r = `replication ${view.replication}`;

  const steps = view.weeks.flatMap((w) => CLAIM_STEPS.map((s, order) => ({ ...when(w.endDay), step: s, claims: w.backlogByStep[s] ?? 0, order })));
  charts.push({
    name: "inside-backlog",
    title: `Undecided claims by step, week by week (${r})`,
    caption:
      "Claims without a first decision at the end of each week, by the step each claim last started (or waiting for healthcare to complete a medical certificate). Grey: warm-up, not measured.",
    spec: {
      width: WIDTH,
      height: HEIGHT,
      layer: [
        ...warmLayer(),
        {
          data: { values: steps },
          mark: { type: "area", tooltip: true },
          encoding: {
            x,
            y: { field: "claims", type: "quantitative", stack: "zero", title: "open claims" },
            color: {
              field: "step",
              type: "nominal",
              sort: [...CLAIM_STEPS],
              scale: { scheme: "tableau10" },
              title: "step",
              legend: { orient: "bottom", columns: 6 },
            },
            order: { field: "order" },
          },
        },
      ],
    },
  });

  const lead = view.weeks.flatMap((w) => [
    ...(w.leadMean === null ? [] : [{ ...when(w.endDay), statistic: "mean", days: w.leadMean, decisions: w.decisions }]),
    ...(w.leadP90 === null ? [] : [{ ...when(w.endDay), statistic: "90th percentile", days: w.leadP90, decisions: w.decisions }]),
  ]);
  if (lead.length > 0) {
    charts.push({
      name: "inside-lead",
      title: `Lead time of each week's decisions (${r})`,
      caption:
        "Days from arrival to first decision of the claims decided in each week: the mean and the 90th percentile (nine in ten were quicker). A rise follows a backlog: the claims decided then had waited in it.",
      spec: {
        width: WIDTH,
        height: HEIGHT,
        layer: [
          ...warmLayer(),
          {
            data: { values: lead },
            mark: { type: "line", point: { size: 12 }, tooltip: true },
            encoding: {
              x,
              y: { field: "days", type: "quantitative", title: "days" },
              color: {
                field: "statistic",
                type: "nominal",
                sort: ["mean", "90th percentile"],
                scale: { range: ["#2f5d8a", "#e45756"] },
                title: null,
                legend: { orient: "bottom" },
              },
            },
          },
        ],
      },
    });
  }

  const legend = contactLegend(view.weeks.flatMap((w) => Object.keys(w.contacts)));
  const contacts = view.weeks.flatMap((w) =>
    legend.ordered.map((reason, order) => ({ ...when(w.endDay), reason: contactLabel(reason), contacts: w.contacts[reason] ?? 0, order })),
  );
  if (contacts.length > 0) {
    charts.push({
      name: "inside-contacts",
      title: `Contacts by reason, week by week (${r})`,
      caption:
        "Calls and messages between citizens and the office each week, by reason: citizens' value demand in blues, failure demand (chasing, “who has my case?”, unclear letters, …) in reds, the office's own proactive calls (not demand) in green.",
      spec: {
        width: WIDTH,
        height: HEIGHT,
        layer: [
          ...warmLayer(),
          {
            data: { values: contacts },
            mark: { type: "area", tooltip: true },
            encoding: {
              x,
              y: { field: "contacts", type: "quantitative", stack: "zero", title: "contacts per week" },
              color: {
                field: "reason",
                type: "nominal",
                scale: { domain: legend.domain, range: legend.range },
                title: "reason",
                legend: { orient: "bottom", columns: 4 },
              },
              order: { field: "order" },
            },
          },
        ],
      },
    });
  }

  const kinds = [...new Set(view.weeks.flatMap((w) => Object.keys(w.staffHours)))];
  const order = ["register", "certificate", "assess", "decide", "pay", "checkpoint", "contact", "reconsider", "review"];
  kinds.sort((a, b) => order.indexOf(a) + 100 * Number(!order.includes(a)) - (order.indexOf(b) + 100 * Number(!order.includes(b))));
  const hours = view.weeks.flatMap((w) => kinds.map((k, o) => ({ ...when(w.endDay), work: k, hours: w.staffHours[k] ?? 0, order: o })));
  if (hours.length > 0) {
    charts.push({
      name: "inside-staff",
      title: `How staff time went, week by week (${r})`,
      caption:
        "Staff hours of the tasks finished each week, by kind of work (including re-reading after handovers and the time spent registering work for measurement). Idle time is not shown.",
      spec: {
        width: WIDTH,
        height: HEIGHT,
        layer: [
          ...warmLayer(),
          {
            data: { values: hours },
            mark: { type: "area", tooltip: true },
            encoding: {
              x,
              y: { field: "hours", type: "quantitative", stack: "zero", title: "staff hours per week" },
              color: { field: "work", type: "nominal", sort: kinds, scale: { scheme: "tableau10" }, title: "work", legend: { orient: "bottom", columns: 9 } },
              order: { field: "order" },
            },
          },
        ],
      },
    });
  }
  return charts;
}

function span(view: ReplicationView): number {
  return view.weeks.length === 0 ? 0 : view.weeks[view.weeks.length - 1]!.endDay - view.weeks[0]!.endDay;
}
