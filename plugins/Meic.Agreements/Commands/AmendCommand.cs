using System.CommandLine;

namespace Meic.Agreements.Commands;

/// <summary><c>meic agreement amend ID --note "…" [--var …] [--with/--without …] [--expires …]</c>: a new version of an agreement in force.</summary>
internal static class AmendCommand
{
    public static Command Create(AgreementsCli cli)
    {
        var id = AgreementsCli.Id("AGREEMENT", cli.S["arg.agreement"]);
        var expect = new Option<long?>("--expect-version") { Description = cli.S["opt.expect"] };
        var output = AgreementsCli.One("--out", cli.S["opt.out"]);
        var command = new Command("amend", cli.S["cmd.amend"]) { id, expect, output };
        var changes = new ChangeOptions(cli, command, parties: false);
        command.SetAction(parse =>
        {
            var service = cli.Service();
            var (a, rendered) = ConflictReport.Guard(cli, parse.GetValue(id)!, () => service.Amend(parse.GetValue(id)!, changes.Read(parse), parse.GetValue(expect)));
            var files = parse.GetValue(output) is { } dir ? OutputFiles.Write(a, rendered, dir, cli.S) : default;
            if (cli.Ctx.Json) cli.Ctx.WriteJson(new { id = a.Id, status = a.Status, version = a.Edition, markdown = files.Markdown, docx = files.Docx });
            else cli.Line(cli.S["amend.done", a.Id, a.Edition, a.Edition - 1]);
            return 0;
        });
        return command;
    }
}
