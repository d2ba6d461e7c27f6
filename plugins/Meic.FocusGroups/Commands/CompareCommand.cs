using System.CommandLine;
using Meic.FocusGroups.Agreement;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus compare CODER1 CODER2 [--session S]</c>: turn by turn, the codes only one of them applied.</summary>
internal static class CompareCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var a = new Argument<string>("CODER1");
        var b = new Argument<string>("CODER2");
        var session = new Option<string?>("--session") { Description = s["opt.session"] };
        var command = new Command("compare", s["cmd.compare"]) { a, b, session };
        command.SetAction(parse =>
        {
            var fs = Ui.Fs(ctx);
            string c1 = parse.GetValue(a)!, c2 = parse.GetValue(b)!;
            var sid = parse.GetValue(session);
            var codings = (sid is null ? fs.Codings.All() : fs.Codings.Find(("sessionId", sid))).Where(c => c.Coder == c1 || c.Coder == c2).ToList();
            var codes = fs.Codes.All().ToDictionary(c => c.Id, c => c.Name);
            var disagreements = new List<(string Session, int Turn, string Speaker, string Code, string OnlyBy, string Text)>();
            int agreed = 0;
            foreach (var tid in codings.Select(c => c.TranscriptId).Distinct().OrderBy(x => x, StringComparer.Ordinal))
                foreach (var turn in fs.TurnsOf(tid))
                {
                    HashSet<string> CodesOf(string coder) => codings.Where(c => c.TranscriptId == tid && c.Coder == coder && c.Start < turn.End && c.End > turn.TextStart).Select(c => c.CodeId).ToHashSet();
                    var x = CodesOf(c1); var y = CodesOf(c2);
                    agreed += x.Intersect(y).Count();
                    foreach (var code in x.Except(y)) disagreements.Add((turn.SessionId, turn.Index, turn.Speaker, codes.GetValueOrDefault(code, code), c1, turn.Text));
                    foreach (var code in y.Except(x)) disagreements.Add((turn.SessionId, turn.Index, turn.Speaker, codes.GetValueOrDefault(code, code), c2, turn.Text));
                }
            var (_, rows) = new StoreAgreement(fs).Compute("turn", [c1, c2], sid, codedOnly: false);
            var pooled = rows[^1];
            if (ctx.Json)
            {
                ctx.WriteJson(new { coders = new[] { c1, c2 }, agreed, disagreements = disagreements.Select(d => new { session = d.Session, turn = d.Turn, speaker = d.Speaker, code = d.Code, onlyBy = d.OnlyBy }), percent = pooled.Percent, kappa = pooled.CohenKappa });
                return 0;
            }
            Ui.Table(ctx, [s["h.session"], s["h.turn"], s["h.speaker"], s["h.code"], s["h.onlyBy"], s["h.text"]],
                disagreements.Select(d => new[] { d.Session, d.Turn.ToString(), d.Speaker, d.Code, d.OnlyBy, d.Text.Length > 50 ? d.Text[..50] + "…" : d.Text }));
            Ui.Line(ctx, s["compare.summary", agreed, disagreements.Count, Ui.F3(pooled.Percent), Ui.F3(pooled.CohenKappa ?? double.NaN)]);
            return 0;
        });
        return command;
    }
}
