using System.CommandLine;
using Meic.FocusGroups.Refi;
using Meic.FocusGroups.Templates;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus codebook import FILE</c> (.json as shipped by templates, or REFI-QDA .qdc).</summary>
internal static class CodebookImportCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var file = new Argument<string>("FILE");
        var command = new Command("import", s["cmd.codebook.import"]) { file };
        command.SetAction(parse =>
        {
            var path = Path.GetFullPath(parse.GetValue(file)!);
            var fs = Ui.Fs(ctx);
            if (path.EndsWith(".qdc", StringComparison.OrdinalIgnoreCase))
            {
                var outcome = new RefiExchange(fs).Import(RefiReader.ReadCodebook(path, s), ctx.Clock.Now.ToString("O"));
                Report(ctx, s, outcome.CodesAdded, outcome.CodesUpdated);
                return 0;
            }
            if (!File.Exists(path)) throw new Meic.Sdk.Errors.InputException(s["refuse.noFile"], path);
            var codes = CodebookFile.Read(Meic.Sdk.Files.LimitedText.ReadAllText(path), ctx.Language, path);
            int added = 0, updated = 0;
            using (var tx = ctx.Store.BeginTransaction())
            {
                foreach (var code in codes)
                {
                    var existing = fs.Codes.Get(code.Id);
                    if (existing is null) { fs.Codes.Insert(code); added++; }
                    else { code.Version = existing.Version; fs.Codes.Update(code); updated++; }
                }
                tx.Commit();
            }
            Report(ctx, s, added, updated);
            return 0;
        });
        return command;
    }

    private static void Report(IMeicContext ctx, Meic.Sdk.Text.Strings s, int added, int updated)
    {
        if (ctx.Json) ctx.WriteJson(new { added, updated }); else Ui.Line(ctx, s["codebook.imported", added, updated]);
    }
}
