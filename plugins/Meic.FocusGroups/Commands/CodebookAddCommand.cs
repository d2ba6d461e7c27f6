using System.CommandLine;
using Meic.FocusGroups.Storage;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus codebook add NAME [--id] [--parent] [--definition] [--include] [--exclude] [--example] [--color #RRGGBB] [--set S]… [--key K]</c>.</summary>
internal static class CodebookAddCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var name = new Argument<string>("NAME");
        var id = new Option<string?>("--id") { Description = s["opt.id"] };
        var parent = new Option<string?>("--parent") { Description = s["opt.parent"] };
        var definition = new Option<string?>("--definition") { Description = s["opt.definition"] };
        var include = new Option<string?>("--include") { Description = s["opt.include"] };
        var exclude = new Option<string?>("--exclude") { Description = s["opt.exclude"] };
        var example = new Option<string?>("--example") { Description = s["opt.example"] };
        var color = new Option<string?>("--color") { Description = s["opt.color"] };
        var set = new Option<string[]>("--set") { Description = s["opt.set"] };
        var key = new Option<string?>("--key") { Description = s["opt.key"] };
        var command = new Command("add", s["cmd.codebook.add"]) { name, id, parent, definition, include, exclude, example, color, set, key };
        command.SetAction(parse =>
        {
            var fs = Ui.Fs(ctx);
            var code = Codebook.Add(fs, new CodeDraft(parse.GetValue(name)!, parse.GetValue(parent), parse.GetValue(definition), parse.GetValue(include),
                parse.GetValue(exclude), parse.GetValue(example), parse.GetValue(color), parse.GetValue(set), parse.GetValue(key)), parse.GetValue(id), s);
            if (ctx.Json) ctx.WriteJson(code); else Ui.Line(ctx, s["code.added", code.Id]);
            return 0;
        });
        return command;
    }
}
