using System.CommandLine;

namespace Meic.Agreements.Commands;

/// <summary><c>meic agreement render ID --out DIR</c>: writes the current edition as Markdown and Word again (for example after signatures).</summary>
internal static class RenderCommand
{
    public static Command Create(AgreementsCli cli)
    {
        var id = AgreementsCli.Id("AGREEMENT", cli.S["arg.agreement"]);
        var output = AgreementsCli.One("--out", cli.S["opt.out"]);
        var command = new Command("render", cli.S["cmd.render"]) { id, output };
        command.SetAction(parse =>
        {
            var data = cli.Data();
            var agreement = data.Agreement(parse.GetValue(id)!);
            var files = OutputFiles.Write(agreement, data.Render(agreement), parse.GetValue(output) ?? Directory.GetCurrentDirectory(), cli.S);
            if (cli.Ctx.Json) cli.Ctx.WriteJson(new { id = agreement.Id, version = agreement.Edition, markdown = files.Markdown, docx = files.Docx });
            else cli.Line($"{files.Markdown}\n{files.Docx}");
            return 0;
        });
        return command;
    }
}
