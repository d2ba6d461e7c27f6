using System.CommandLine;
using Meic.FocusGroups.Refi;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus import qdc|qdpx FILE</c>: checks the whole file first, then writes all of it or nothing.</summary>
internal static class ImportCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var format = new Argument<string>("FORMAT") { Description = s["arg.exchangeFormat"] };
        var file = new Argument<string>("FILE");
        var command = new Command("import", s["cmd.import"]) { format, file };
        command.SetAction(parse =>
        {
            var path = Path.GetFullPath(parse.GetValue(file)!);
            var project = parse.GetValue(format) switch
            {
                "qdc" => RefiReader.ReadCodebook(path, s),
                "qdpx" => RefiReader.ReadProject(path, s),
                _ => throw Ui.OneOf(s, parse.GetValue(format), "FORMAT", "qdc", "qdpx"),
            };
            var outcome = new RefiExchange(Ui.Fs(ctx)).Import(project, ctx.Clock.Now.ToString("O"));
            if (ctx.Json) ctx.WriteJson(outcome);
            else Ui.Line(ctx, s["imported", outcome.CodesAdded, outcome.CodesUpdated, outcome.Sources, outcome.Codings, outcome.Memos]);
            return 0;
        });
        return command;
    }
}
