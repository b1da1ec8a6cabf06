// The J-curve threshold: how much reorganisation time (hours per person per week,
// for a number of weeks after the switch) makes the first quarter after a switch to
// teams slower than staying standardised, with and without protected improvement
// time, and whether year two still pays back. The office and the switch are those of
// examples/transition.mjs (flagship, target-steered, switch on 1 April 2026); all
// variants are paired with staying on common random numbers. Reads the built package.
//
//   nice -n 10 node scripts/measure-reorganisation.mjs [--replications 6] [--workers 1]
//     [--hours 0,2,4,8,16] [--weeks 8,13] [--office example|test] [--dip 0.1]
// --office test: the office of test/timeline/mechanisms.test.ts instead (a plain
// standardised office of 16, 100 claims a week, switch on 1 July 2026).
import { compareVariants, payback } from "caseflow";
import { readFileSync } from "node:fs";

const arg = (name, d) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? d : process.argv[i + 1];
};
const replications = Number(arg("replications", "6"));
const workers = Number(arg("workers", "1"));
const hoursList = arg("hours", "0,2,4,8,16").split(",").map(Number);
const weeksList = arg("weeks", "8,13").split(",").map(Number);
const testOffice = arg("office", "example") === "test";
const dip = arg("dip", undefined);
const stay = testOffice
  ? { office: { units: [{ regime: "standardised", name: "office", handlers: 16 }], world: { demand: { casesPerWeek: 100 } } }, run: { seed: 21 } }
  : JSON.parse(readFileSync(new URL("../examples/scenarios/standardised-targets.json", import.meta.url), "utf8"));
delete stay.$schema;
stay.name = "stay";
stay.run = { ...stay.run, horizonDays: 725, warmupDays: 28, periods: "quarter" };
const unit = stay.office.units[0].name;
const switchDay = testOffice ? "2026-07-01" : "2026-04-01";
const firstQuarter = testOffice ? "2026-Q3" : "2026-Q2";
const variants = {};
for (const protect of [true, false]) {
  for (const weeks of weeksList) {
    for (const hours of hoursList) {
      if (hours === 0 && weeks !== weeksList[0]) continue;
      const policies = [protect ? { kind: "trustBasedSteering" } : { kind: "trustBasedSteering", improvementShare: 0 }];
      const name = `${protect ? "protected" : "no improvement"} | ${hours} h x ${hours === 0 ? 0 : weeks} wk`;
      const change = {
        change: "regime",
        at: switchDay,
        unit,
        to: { regime: "team", name: "teams", policies, ...(dip === undefined ? {} : { transitionDip: Number(dip) }) },
        reorganisation: { hoursPerWeek: hours, weeks },
      };
      variants[name] = { ...structuredClone(stay), name, office: { ...structuredClone(stay.office), timeline: [change] } };
    }
  }
}
const started = Date.now();
const result = await compareVariants("office", stay, variants, { replications, rootSeed: stay.run.seed, workers });
const after = (new Date(`${switchDay}T00:00:00Z`) - new Date("2026-01-05T00:00:00Z")) / 86_400_000;
const q1 = `period.${firstQuarter}.leadTimeDays.mean`;
const year2 = ["2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"].map((q) => `period.${q}.leadTimeDays.mean`);
const f = (x) => x.toFixed(1);
console.log(`${replications} paired replications, seed ${stay.run.seed}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`stay: ${firstQuarter} ${f(result.base.summary[q1].mean)} days; 2027 ${year2.map((k) => f(result.base.summary[k].mean)).join(" ")}`);
console.log(`variant | ${firstQuarter} switch | diff vs stay [95% CI] | 2027 quarters | payback`);
for (const [name, v] of Object.entries(result.variants)) {
  const c = result.comparisons[name][q1];
  const p = payback(result.base, v, { metric: "leadTimeDays.mean", after, better: "lower" });
  console.log(
    `${name} | ${f(c.variantMean)} | ${f(c.difference.mean)} [${f(c.difference.lower)}, ${f(c.difference.upper)}] | ${year2.map((k) => f(v.summary[k].mean)).join(" ")} | ${p.text}`,
  );
}
