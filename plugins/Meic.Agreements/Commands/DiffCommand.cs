using System.CommandLine;
using Meic.Agreements.Model;
using Meic.Agreements.Services;
using Meic.Sdk.Errors;
using Spectre.Console;

namespace Meic.Agreements.Commands;

/// <summary><c>meic agreement diff ID@1 ID@2</c> (or <c>ID@1 2</c>): what changed between two versions of an agreement.</summary>
internal static class DiffCommand
{
    public static Command Create(AgreementsCli cli)
    {
        var v1 = AgreementsCli.Id("V1", cli.S["arg.v1"]);
        var v2 = AgreementsCli.Id("V2", cli.S["arg.v2"]);
        var context = new Option<int>("--context") { Description = cli.S["opt.context"], DefaultValueFactory = _ => 2 };
        var command = new Command("diff", cli.S["cmd.diff"]) { v1, v2, context };
        command.SetAction(parse =>
        {
            var data = cli.Data();
            var first = Resolve(data, parse.GetValue(v1)!, null, "V1");
            var second = Resolve(data, parse.GetValue(v2)!, first.AgreementId, "V2");
            var lines = TextDiff.Lines(first.Markdown, second.Markdown);
            var added = lines.Count(l => l.Kind == DiffKind.Added); var removed = lines.Count(l => l.Kind == DiffKind.Removed);
            if (cli.Ctx.Json)
            {
                cli.Ctx.WriteJson(new { from = first.Id, to = second.Id, added, removed, changes = lines.Where(l => l.Kind != DiffKind.Same).Select(l => new { kind = l.Kind, text = l.Text }) });
                return 0;
            }
            cli.Line($"--- {first.Id} ({first.CreatedOn:yyyy-MM-dd}{(first.Note is null ? "" : ", " + first.Note)})");
            cli.Line($"+++ {second.Id} ({second.CreatedOn:yyyy-MM-dd}{(second.Note is null ? "" : ", " + second.Note)})");
            var n = parse.GetValue(context);
            for (var i = 0; i < lines.Count; i++)
            {
                var near = Enumerable.Range(Math.Max(0, i - n), Math.Min(lines.Count, i + n + 1) - Math.Max(0, i - n)).Any(j => lines[j].Kind != DiffKind.Same);
                if (!near) continue;
                var l = lines[i];
                var style = l.Kind switch { DiffKind.Added => new Style(Color.Green), DiffKind.Removed => new Style(Color.Red), _ => Style.Plain };
                cli.Ctx.Console.Write(new Text((l.Kind switch { DiffKind.Added => "+ ", DiffKind.Removed => "- ", _ => "  " }) + l.Text + "\n", style));
            }
            cli.Line(cli.S["diff.summary", added, removed]);
            return 0;
        });
        return command;
    }

    private static AgreementVersion Resolve(AgreementStore data, string text, string? defaultAgreement, string where)
    {
        var at = text.LastIndexOf('@');
        string agreementId; int? edition = null;
        if (at > 0) { agreementId = text[..at]; edition = int.TryParse(text[(at + 1)..], out var e) ? e : throw new InputException(data.S["refuse.versionShape", text], where); }
        else if (int.TryParse(text, out var bare) && defaultAgreement is not null) { agreementId = defaultAgreement; edition = bare; }
        else agreementId = text;
        var agreement = data.Agreement(agreementId);
        var n = edition ?? agreement.Edition;
        return data.Versions.Get(AgreementVersion.IdOf(agreementId, n))
            ?? throw new InputException(data.S["refuse.noVersion", agreementId, n, agreement.Edition], where);
    }
}
