using System.CommandLine;
using Meic.Brokerage.Domain;
using Meic.Brokerage.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Brokerage.Commands;

/// <summary><c>meic broker scripts show ID|NEED</c>: the script, with the directory's services that fit it.</summary>
internal static class ScriptsShowCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var id = new Argument<string>("SCRIPT");
        var command = new Command("show", s["cmd.scripts.show"]) { id };
        command.SetAction(p =>
        {
            var script = ScriptStore.Find(ctx.Store, p.GetValue(id)!, ctx.Language)
                ?? throw new InputException(s["refuse.noScript", p.GetValue(id)], "SCRIPT");
            var services = ServicesFor(ctx, script);
            if (ctx.Json) { ctx.WriteJson(new { script, matchingServices = services.Select(x => new { x.Id, x.Name, x.ActorId }) }); return 0; }
            ctx.Console.Write(new Rule(Markup.Escape(script.Title)).LeftJustified());
            Output.Line(ctx, script.Situation);
            Section(ctx, s["script.questions"], script.Questions.Select((q, i) => $"{i + 1}. {q}"));
            Section(ctx, s["script.services"], script.Services.Concat(services.Select(x => $"{x.Name} ({x.Id})")).Distinct());
            Section(ctx, s["script.documents"], script.Documents.Select(d => "- " + d));
            Section(ctx, s["script.tips"], script.Tips.Select(d => "- " + d));
            return 0;
        });
        return command;
    }

    private static void Section(IMeicContext ctx, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0) return;
        ctx.Console.Write(new Text("\n" + title + "\n", new Style(decoration: Decoration.Bold)));
        foreach (var l in list) Output.Line(ctx, "  " + l);
    }

    /// <summary>Directory services that fit the script: same area and a target group that covers the script's.</summary>
    internal static IReadOnlyList<Service> ServicesFor(IMeicContext ctx, OrientationScript script)
    {
        var directory = new ServiceDirectory(ctx.Store, BrokeragePlugin.Strings(ctx));
        var named = script.Services.Select(id => directory.Services.Get(id)).OfType<Service>();
        var need = new Need { Id = script.Id, Area = script.Area, Description = script.Title + " " + script.Situation, ForWhom = script.ForWhom };
        return named.Concat(Matcher.Candidates(need, directory.Search()).Ordered().Take(5).Select(c => c.Service)).DistinctBy(x => x.Id).ToList();
    }
}
