using System.CommandLine;
using Meic.Brokerage.Domain;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Commands;

/// <summary><c>meic broker services search [TEXT] --need --area --district --language --for</c>.</summary>
internal static class ServicesSearchCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var text = new Argument<string?>("TEXT") { Description = s["arg.searchText"], Arity = ArgumentArity.ZeroOrOne };
        var need = new Option<string?>("--need") { Description = s["opt.need"] };
        var area = new Option<string?>("--area") { Description = s["opt.area"] };
        var district = new Option<string?>("--district") { Description = s["opt.district"] };
        var language = new Option<string?>("--language") { Description = s["opt.language"] };
        var forWhom = new Option<string?>("--for") { Description = s["opt.for"] };
        var command = new Command("search", s["cmd.services.search"]) { text, need, area, district, language, forWhom };
        command.SetAction(p =>
        {
            var directory = new ServiceDirectory(ctx.Store, BrokeragePlugin.Strings(ctx));
            if (p.GetValue(need) is { } needId)
            {
                var n = NeedSources.Find(ctx.Store, needId) ?? throw new Meic.Sdk.Errors.InputException(s["refuse.noNeed", needId], "--need");
                var found = Matcher.Candidates(n, directory.Search(p.GetValue(text), p.GetValue(area), p.GetValue(district), p.GetValue(language), p.GetValue(forWhom)))
                    .Ordered().Select(c => c.Service).ToList();
                ServicesListCommand.Show(ctx, s, found);
                return 0;
            }
            ServicesListCommand.Show(ctx, s, directory.Search(p.GetValue(text), p.GetValue(area), p.GetValue(district), p.GetValue(language), p.GetValue(forWhom)));
            return 0;
        });
        return command;
    }
}
