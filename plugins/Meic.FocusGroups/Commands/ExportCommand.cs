using System.CommandLine;
using Meic.FocusGroups.Refi;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus export qdc|qdpx FILE</c>: REFI-QDA codebook or whole project, pseudonymised (the key never leaves the store).</summary>
internal static class ExportCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var format = new Argument<string>("FORMAT") { Description = s["arg.exchangeFormat"] };
        var file = new Argument<string>("FILE");
        var command = new Command("export", s["cmd.export"]) { format, file };
        command.SetAction(parse =>
        {
            var path = Path.GetFullPath(parse.GetValue(file)!);
            var exchange = new RefiExchange(Ui.Fs(ctx));
            var name = ctx.Store.Collection<ClusterName>("cluster").Get("cluster")?.Name ?? "MEIC";
            switch (parse.GetValue(format))
            {
                case "qdc": RefiWriter.SaveCodebook(exchange.Export(name, codebookOnly: true), path); break;
                case "qdpx": RefiWriter.SaveProject(exchange.Export(name), path); break;
                default: throw Ui.OneOf(s, parse.GetValue(format), "FORMAT", "qdc", "qdpx");
            }
            if (ctx.Json) ctx.WriteJson(new { file = path }); else Ui.Line(ctx, s["written", path]);
            return 0;
        });
        return command;
    }

    private sealed class ClusterName : Meic.Sdk.Model.Document { public string Name { get; set; } = ""; }
}
