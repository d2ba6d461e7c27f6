using System.CommandLine;
using Meic.FocusGroups.Storage;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus codebook edit ID [--name] [--parent] [--definition] …</c>: changes only what is given.</summary>
internal static class CodebookEditCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var id = new Argument<string>("ID");
        var name = new Option<string?>("--name") { Description = s["opt.name"] };
        var parent = new Option<string?>("--parent") { Description = s["opt.parent"] };
        var definition = new Option<string?>("--definition") { Description = s["opt.definition"] };
        var include = new Option<string?>("--include") { Description = s["opt.include"] };
        var exclude = new Option<string?>("--exclude") { Description = s["opt.exclude"] };
        var example = new Option<string?>("--example") { Description = s["opt.example"] };
        var color = new Option<string?>("--color") { Description = s["opt.color"] };
        var key = new Option<string?>("--key") { Description = s["opt.key"] };
        var command = new Command("edit", s["cmd.codebook.edit"]) { id, name, parent, definition, include, exclude, example, color, key };
        command.SetAction(parse =>
        {
            var fs = Ui.Fs(ctx);
            var old = fs.Code(parse.GetValue(id)!);
            var code = Codebook.Update(fs, old, new CodeDraft(parse.GetValue(name) ?? old.Name, parse.GetValue(parent) ?? old.ParentId,
                parse.GetValue(definition) ?? old.Definition, parse.GetValue(include) ?? old.Inclusion, parse.GetValue(exclude) ?? old.Exclusion,
                parse.GetValue(example) ?? old.Example, parse.GetValue(color) ?? old.Color, old.Sets, parse.GetValue(key) ?? old.Key), s);
            if (ctx.Json) ctx.WriteJson(code); else Ui.Line(ctx, s["code.edited", code.Id]);
            return 0;
        });
        return command;
    }
}
