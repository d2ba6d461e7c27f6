using Meic.Sdk.Screens;
using Meic.Sdk.Text;

namespace Meic.CityPlugin;

/// <summary>A screen of the terminal application: actors by stage, described as a list the application draws.</summary>
public static class SummaryScreen
{
    /// <summary>Describes the screen; the application calls this when it opens it, and reads the rows again after every action.</summary>
    public static ScreenView Open(IScreenContext screen)
    {
        var ctx = screen.Meic;
        var t = Strings.Load(typeof(Plugin).Assembly, "Meic.CityPlugin.strings", ctx.Language);
        return new ListScreen
        {
            Title = t["screen.title"],
            Command = "meic citycmd", // the same thing on the command line
            Columns = [t["col.stage"], new ListColumn(t["col.actors"], Numeric: true)],
            // Labels in the user's language from the vocabulary service, never the ids the store keeps.
            Rows = () => StageCount.Read(ctx).Where(c => c.Actors > 0)
                .Select(c => new ListRow(c.Stage, [ctx.Vocabularies.Label("engagement-stage", c.Stage, ctx.Language), c.Actors.ToString()]))
                .ToList(),
            Empty = t["screen.empty"],
        };
    }
}
