import { it } from "vitest";
import { officeConfig } from "../src/organisation/OfficeConfig";
import { simulateOffice } from "../src/organisation/Office";
import { standardisedUnit, teamUnit } from "../src/organisation/UnitConfig";
import { trustBasedSteering } from "../src/policies/trustBasedSteering";
import { productionTarget } from "../src/policies/productionTarget";
import { measurementRegime } from "../src/policies/measurementRegime";
it("explore", () => {
  const H = 16, cpw = Number(process.env.CPW ?? 110), steered = process.env.STEER === "1";
  const pol = () => (steered ? [productionTarget(), measurementRegime({ level: "heavy" })] : []);
  const mk = (timeline: any[]) => officeConfig({ units: [standardisedUnit({ handlers: H, policies: pol() })], world: { caseMix: { variety: Number(process.env.VAR ?? 1) }, demand: { casesPerWeek: cpw, seasonalAmplitude: Number(process.env.AMP ?? 0.1) } }, timeline });
  const variants: Record<string, any> = {
    stay: mk([]),
    switchProtected: mk([{ change: "regime", at: 177, unit: 0, to: teamUnit({ transitionDip: Number(process.env.DIP ?? 0.1), policies: [trustBasedSteering()] }) }]),
    switchNoTime: mk([{ change: "regime", at: 177, unit: 0, to: teamUnit({ transitionDip: Number(process.env.DIP ?? 0.1), policies: [trustBasedSteering({ improvementShare: 0 })] }) }]),
  };
  const R = 6;
  const out: Record<string, number[][]> = {};
  const t0 = Date.now();
  for (const [name, cfg] of Object.entries(variants)) {
    out[name] = [];
    for (let r = 0; r < R; r++) {
      const run = simulateOffice(cfg, { seed: 7, replication: r, horizonDays: 725, warmupDays: 28, periods: "quarter" });
      out[name].push(run.periods!.map((p) => p.leadTimeDays.mean));
    }
  }
  console.log("ms", Date.now() - t0);
  const labels = ["Q1","Q2","Q3","Q4","Q5","Q6","Q7","Q8","Q9"];
  for (const name of Object.keys(variants)) {
    const m = out[name]![0]!.map((_, q) => out[name]!.reduce((a, r) => a + r[q]!, 0) / R);
    console.log(name.padEnd(16), m.map((x) => x.toFixed(2)).join(" "));
    if (name !== "stay") {
      const d = out[name]![0]!.map((_, q) => { const ds = out[name]!.map((r, i) => r[q]! - out.stay![i]![q]!); const mu = ds.reduce((a,b)=>a+b,0)/R; const sd = Math.sqrt(ds.reduce((a,b)=>a+(b-mu)**2,0)/(R-1)); return (mu/(sd/Math.sqrt(R))).toFixed(1); });
      console.log("  t".padEnd(16), d.join(" "));
    }
  }
});
