using System.CommandLine;
using Meic.FocusGroups.Refi;
using Meic.FocusGroups.Templates;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus codebook export FILE</c> (.json or REFI-QDA .qdc).</summary>
internal static class CodebookExportCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var file = new Argument<string>("FILE");
        var command = new Command("export", s["cmd.codebook.export"]) { file };
        command.SetAction(parse =>
        {
            var path = Path.GetFullPath(parse.GetValue(file)!);
            var fs = Ui.Fs(ctx);
            if (path.EndsWith(".qdc", StringComparison.OrdinalIgnoreCase)) RefiWriter.SaveCodebook(new RefiExchange(fs).Export("codebook", codebookOnly: true), path);
            else File.WriteAllText(path, CodebookFile.Write(fs.Codes.All()));
            if (ctx.Json) ctx.WriteJson(new { file = path }); else Ui.Line(ctx, s["written", path]);
            return 0;
        });
        return command;
    }
}
