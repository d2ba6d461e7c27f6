using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Sdk.Plugins;

namespace Meic.Mapping.Commands;

internal static class TieEditCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var text = MappingPlugin.Text(ctx);
        var id = new Argument<string>("TIE") { Description = text["arg.tie"] };
        var source = new Option<string?>("--source") { Description = text["arg.source"] };
        var target = new Option<string?>("--target") { Description = text["arg.target"] };
        var opts = new TieOptions(text);
        var cmd = new Command("edit", text["cmd.ties.edit"]) { id, source, target };
        foreach (var o in opts.All) cmd.Add(o);
        cmd.SetAction(p =>
        {
            var edits = new MapEdits(ctx);
            var tie = edits.Tie(p.GetValue(id)!);
            if (p.GetValue(source) is { } s) tie.Source = edits.Data.Find(s, "--source").Id;
            if (p.GetValue(target) is { } t) tie.Target = edits.Data.Find(t, "--target").Id;
            opts.Apply(p, tie, ctx.Language);
            edits.UpdateTie(tie);
            if (ctx.Json) ctx.WriteJson(tie);
            else Shared.Line(ctx, text["tie.updated", tie.Id]);
            return 0;
        });
        return cmd;
    }
}
