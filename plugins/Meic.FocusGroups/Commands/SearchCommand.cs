using System.CommandLine;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus search QUERY [--limit N]</c>: full-text search over every turn of every transcript.</summary>
internal static class SearchCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var query = new Argument<string>("QUERY");
        var limit = new Option<int>("--limit") { DefaultValueFactory = _ => 50, Description = s["opt.limit"] };
        var command = new Command("search", s["cmd.search"]) { query, limit };
        command.SetAction(parse =>
        {
            var fs = Ui.Fs(ctx);
            var hits = fs.Turns.Search(parse.GetValue(query)!, parse.GetValue(limit))
                .Select(h => (Hit: h, Turn: fs.Turns.Get(h.Id))).Where(x => x.Turn is not null)
                .Select(x => new { session = x.Turn!.SessionId, turn = x.Turn.Index, turnId = x.Turn.Id, speaker = x.Turn.Speaker, snippet = x.Hit.Snippet }).ToList();
            if (ctx.Json) ctx.WriteJson(hits);
            else
            {
                Ui.Table(ctx, [s["h.session"], s["h.turn"], s["h.speaker"], s["h.text"]], hits.Select(h => new[] { h.session, h.turn.ToString(), h.speaker, h.snippet }));
                Ui.Line(ctx, s.Plural("search.count", hits.Count));
            }
            return 0;
        });
        return command;
    }
}
