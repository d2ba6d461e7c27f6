using System.CommandLine;

namespace Meic.Agreements.Commands;

/// <summary><c>meic agreement edit ID [--var …] [--party …] [--with/--without …] [--expect-version N] [--out DIR]</c>: changes a draft.</summary>
internal static class EditCommand
{
    public static Command Create(AgreementsCli cli)
    {
        var id = AgreementsCli.Id("AGREEMENT", cli.S["arg.agreement"]);
        var expect = new Option<long?>("--expect-version") { Description = cli.S["opt.expect"] };
        var output = AgreementsCli.One("--out", cli.S["opt.out"]);
        var command = new Command("edit", cli.S["cmd.edit"]) { id, expect, output };
        var changes = new ChangeOptions(cli, command);
        command.SetAction(parse =>
        {
            var service = cli.Service();
            var (agreement, rendered) = ConflictReport.Guard(cli, parse.GetValue(id)!, () => service.Edit(parse.GetValue(id)!, changes.Read(parse), parse.GetValue(expect)));
            var files = parse.GetValue(output) is { } dir ? OutputFiles.Write(agreement, rendered, dir, cli.S) : default;
            if (cli.Ctx.Json) cli.Ctx.WriteJson(new { id = agreement.Id, status = agreement.Status, version = agreement.Edition, revision = agreement.Version, markdown = files.Markdown, docx = files.Docx });
            else cli.Line(cli.S["edit.done", agreement.Id, agreement.Version]);
            return 0;
        });
        return command;
    }
}
