using System.CommandLine;
using System.Globalization;
using Meic.FocusGroups.Storage;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus progress [--session S]</c>: per transcript and coder, the turns seen and coded and whether the pass is ended.</summary>
internal static class ProgressCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var session = new Option<string?>("--session") { Description = s["opt.session"] };
        var command = new Command("progress", s["cmd.progress"]) { session };
        command.SetAction(parse =>
        {
            var fs = Ui.Fs(ctx);
            if (parse.GetValue(session) is { } id) fs.Session(id);
            var rows = new Passes(fs).All(parse.GetValue(session));
            if (ctx.Json)
            {
                ctx.WriteJson(rows.Select(p => new { transcript = p.TranscriptId, coder = p.Coder, turns = p.Turns, seen = p.Seen, coded = p.Coded, ended = p.EndedAt }));
                return 0;
            }
            if (rows.Count == 0) { Ui.Line(ctx, s["progress.none"]); return 0; }
            var names = fs.Transcripts.All().ToDictionary(t => t.Id, t => t.Name);
            string N(int n) => n.ToString(CultureInfo.InvariantCulture);
            string Ended(string? at) => at is null ? s["progress.open"] : Dates.TryParse(at[..Math.Min(10, at.Length)], out var d) ? Dates.Format(d, ctx.Language) : at;
            Ui.Table(ctx, [s["h.transcript"], s["h.coder"], s["h.turns"], s["h.seen"], s["h.coded"], s["h.pass"]],
                rows.Select(p => new[] { names.GetValueOrDefault(p.TranscriptId, p.TranscriptId), p.Coder, N(p.Turns), N(p.Seen), N(p.Coded), Ended(p.EndedAt) }));
            return 0;
        });
        return command;
    }
}
