using System.CommandLine;
using Meic.FocusGroups.Model;
using Meic.FocusGroups.Refi;
using Meic.FocusGroups.Templates;
using Meic.Sdk.Errors;
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
            var n = parse.GetValue(name)!;
            var codeId = parse.GetValue(id) ?? CodebookFile.Slug(n);
            if (fs.Codes.Get(codeId) is not null) throw new InputException($"a code '{codeId}' exists.", "--id");
            var c = parse.GetValue(color);
            if (c is not null && !System.Text.RegularExpressions.Regex.IsMatch(c, "^#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$")) throw new InputException($"'{c}' is not a colour #RRGGBB.", "--color");
            var parentId = parse.GetValue(parent) is { } p ? fs.Code(p).Id : null;
            var code = new Code
            {
                Id = codeId, Name = n, ParentId = parentId, Definition = parse.GetValue(definition), Inclusion = parse.GetValue(include),
                Exclusion = parse.GetValue(exclude), Example = parse.GetValue(example), Color = c, Sets = (parse.GetValue(set) ?? []).ToList(),
                Key = parse.GetValue(key), Guid = StableGuid.For("code", codeId),
            };
            fs.Codes.Insert(code);
            if (ctx.Json) ctx.WriteJson(code); else Ui.Line(ctx, s["code.added", code.Id]);
            return 0;
        });
        return command;
    }
}
