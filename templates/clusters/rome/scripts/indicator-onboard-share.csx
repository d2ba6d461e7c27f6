// Computed indicator: the share (%) of mapped actors that are members or signatories.
// toolkit.json: "scripts": { "indicators": { "ONBOARD_SHARE": "scripts/indicator-onboard-share.csx" } }
// meic script indicators --period 2026-Q1 [--save]
var all = Actors.All().Where(a => a.Stage is not (EngagementStage.Exited or EngagementStage.Inactive)).ToList();
var onBoard = all.Count(a => a.Stage is EngagementStage.Member or EngagementStage.Signatory);
return all.Count == 0 ? 0 : Math.Round(100.0 * onBoard / all.Count, 1);
