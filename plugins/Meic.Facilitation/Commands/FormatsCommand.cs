using System.CommandLine;
using Spectre.Console;

namespace Meic.Facilitation.Commands;

/// <summary><c>meic meeting formats [ID]</c>: the formats library with short guides.</summary>
internal static class FormatsCommand
{
    public static Command Create(Store.Facilitation f)
    {
        var t = f.T;
        var id = new Argument<string?>("ID") { Description = t["arg.format"], Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("formats", t["cmd.formats"]) { id };
        command.SetAction(parse =>
        {
            var lang = f.Context.Language;
            var formats = parse.GetValue(id) is { } one ? [f.RequireFormat(one)] : f.AllFormats();
            if (f.Context.Json)
            {
                f.Context.WriteJson(formats.Select(x => new { x.Id, name = x.NameIn(lang), guide = x.GuideIn(lang), x.MinMinutes }));
                return 0;
            }
            var table = new Table().AddColumns(t["col.id"], t["col.title"], t["col.minutes"], t["col.guide"]);
            foreach (var x in formats)
                table.AddRow(new Text(x.Id), new Text(x.NameIn(lang)), new Text(x.MinMinutes?.ToString() ?? ""), new Text(x.GuideIn(lang)));
            f.Context.Console.Write(table);
            return 0;
        });
        return command;
    }
}
