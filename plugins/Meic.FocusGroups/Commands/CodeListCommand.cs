using System.CommandLine;
using Meic.FocusGroups.Storage;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary>
/// <c>meic focus code list --session S [--coder NAME] [--all]</c>: a coder sees only their own codings (blind coding);
/// <c>--all</c> adds the other coders' on the transcripts where the coder has no open pass, and says how many stay hidden.
/// </summary>
internal static class CodeListCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var session = new Option<string>("--session") { Required = true, Description = s["opt.session"] };
        var coder = new Option<string?>("--coder") { Description = s["opt.coder"] };
        var all = new Option<bool>("--all") { Description = s["opt.allCoders"] };
        var command = new Command("list", s["cmd.code.list"]) { session, coder, all };
        command.SetAction(parse =>
        {
            var fs = Ui.Fs(ctx);
            var sess = fs.Session(parse.GetValue(session)!);
            var who = new Coders(ctx, fs).Resolve(parse.GetValue(coder));
            var passes = new Passes(fs);
            var open = fs.TranscriptsOf(sess.Id).Where(t => !passes.SeesOthers(t.Id, who)).Select(t => t.Id).ToHashSet();
            bool Mine(Model.Coding c) => string.Equals(c.Coder, who, StringComparison.OrdinalIgnoreCase);
            var every = fs.Codings.Find(("sessionId", sess.Id));
            var codings = every.Where(c => Mine(c) || parse.GetValue(all) && !open.Contains(c.TranscriptId)).OrderBy(c => c.Start).ToList();
            var hidden = parse.GetValue(all) ? every.Count(c => !Mine(c) && open.Contains(c.TranscriptId)) : 0;
            var codes = fs.Codes.All().ToDictionary(c => c.Id);
            var texts = fs.TranscriptsOf(sess.Id).ToDictionary(t => t.Id, t => t.Text);
            var rows = codings.Select(c => new
            {
                id = c.Id, code = codes.TryGetValue(c.CodeId, out var cc) ? cc.Name : c.CodeId, coder = c.Coder, c.Start, c.End, unit = c.Unit,
                text = texts.TryGetValue(c.TranscriptId, out var tx) && c.End <= tx.Length ? tx[c.Start..c.End] : "",
            }).ToList();
            if (ctx.Json) ctx.WriteJson(rows);
            else
            {
                Ui.Table(ctx, [s["h.id"], s["h.code"], s["h.coder"], s["h.span"], s["h.text"]],
                    rows.Select(r => new[] { r.id, r.code, r.coder, $"{r.Start}:{r.End}", r.text.Length > 60 ? r.text[..60] + "…" : r.text }));
                // Never silent: the codes left out are counted, with the command that shows them.
                if (hidden > 0) Ui.Line(ctx, s.Plural("codes.hiddenUntilEnd", hidden, who, Shell.Line("meic", "focus", "pass", "end", "--session", sess.Id)));
            }
            return 0;
        });
        return command;
    }
}
