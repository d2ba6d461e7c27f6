using System.CommandLine;
using System.Globalization;
using Meic.FocusGroups.Storage;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus coder list</c>: the coders and how far each has gone (transcripts started, ended, turns coded).</summary>
internal static class CoderListCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var command = new Command("list", s["cmd.coder.list"]);
        command.SetAction(_ =>
        {
            var fs = Ui.Fs(ctx);
            var progress = new Passes(fs).All();
            var rows = new Coders(ctx, fs).All().Select(name =>
            {
                var mine = progress.Where(p => string.Equals(p.Coder, name, StringComparison.OrdinalIgnoreCase)).ToList();
                return new { name, transcripts = mine.Count, ended = mine.Count(p => p.EndedAt is not null), coded = mine.Sum(p => p.Coded) };
            }).ToList();
            if (ctx.Json) { ctx.WriteJson(rows); return 0; }
            if (rows.Count == 0) { Ui.Line(ctx, s["coders.noneYet", Shell.Line("meic", "focus", "coder", "add", s["arg.coderName"])]); return 0; }
            string N(int n) => n.ToString(CultureInfo.InvariantCulture);
            Ui.Table(ctx, [s["h.coder"], s["h.transcripts"], s["h.passesEnded"], s["h.turnsCoded"]], rows.Select(r => new[] { r.name, N(r.transcripts), N(r.ended), N(r.coded) }));
            return 0;
        });
        return command;
    }
}
