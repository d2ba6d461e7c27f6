using Meic.Sdk.Model;
using Meic.Sdk.Screens;
using Meic.Sdk.Text;

namespace Rome.Municipi;

/// <summary>
/// The municipi screen: one row per municipio (actors, members, services, areas), the actors of one on Enter, and a
/// form to say where an actor works; what <c>meic municipi coverage</c> and <c>meic municipi assign</c> do.
/// </summary>
internal sealed class MunicipiScreens(IScreenContext screen)
{
    private readonly Strings _t = MunicipiPlugin.Text(screen.Meic);
    private readonly DistrictCoverage _coverage = new(screen.Meic);

    public static ScreenView Open(IScreenContext screen) => new MunicipiScreens(screen).Coverage();

    private string Area(string id) => screen.Meic.Vocabularies.Label(Vocabularies.Area, id, screen.Meic.Language);

    private IReadOnlyList<Actor> Actors() => screen.Meic.Store.Collection<Actor>(Actor.CollectionName).All();

    public ListScreen Coverage()
    {
        var rows = _coverage.Districts.Count == 0 ? [] : _coverage.Rows();
        return new ListScreen
        {
            Title = _t["screen.title"],
            Command = "meic municipi coverage",
            Help = _coverage.Districts.Count == 0 ? _t["screen.noDistricts"]
                : _t["coverage.summary", rows.Count(r => r.Actors + r.Services > 0), rows.Count, _coverage.Unplaced()] + " " + _t["screen.help"],
            Columns = [_t["col.district"], new ListColumn(_t["col.actors"], true), new ListColumn(_t["col.onBoard"], true), new ListColumn(_t["col.services"], true), _t["col.areas"]],
            Rows = () => _coverage.Districts.Count == 0 ? [] : _coverage.Rows()
                .Select(r => new ListRow(r.District, [r.District, r.Actors.ToString(), r.OnBoard.ToString(), r.Services.ToString(), string.Join(", ", r.Areas.Select(Area))]) { Item = r })
                .ToList(),
            Empty = _t["screen.noDistricts"],
            Actions =
            [
                ScreenAction.Opens("Enter", _t["screen.actors"], row => ActorsIn(row!.Id), _ => "meic map actors list --district DISTRICT", needsRow: true),
                ScreenAction.Opens("a", _t["screen.assign"], row => Assign(null, row?.Id), _ => "meic municipi assign ACTOR DISTRICT"),
            ],
        };
    }

    public ListScreen ActorsIn(string district) => new()
    {
        Title = district,
        Command = $"meic map actors list --district \"{district}\"",
        Columns = [_t["col.actor"], _t["col.areas"]],
        Rows = () => Actors().Where(a => a.District == district).OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(a => new ListRow(a.Id, [a.Name, string.Join(", ", a.Areas.Select(Area))])).ToList(),
        Empty = _t["screen.noActorsHere", district],
        Actions = [ScreenAction.Opens("a", _t["screen.assign"], row => Assign(row?.Id, district), _ => "meic municipi assign ACTOR DISTRICT")],
    };

    /// <summary>The form of <c>meic municipi assign ACTOR DISTRICT</c>: the actor picked by name, the municipio as "IX", "9" or its name.</summary>
    public ScreenView Assign(string? actorId, string? district)
    {
        var actors = Actors();
        if (actors.Count == 0) return new TextScreen { Title = _t["screen.assign"], Text = () => _t["screen.noActors"] };
        if (_coverage.Districts.Count == 0) return new TextScreen { Title = _t["screen.assign"], Text = () => _t["screen.noDistricts"] };
        string? Check(string text)
        {
            try { _coverage.Resolve(text); return null; }
            catch (Meic.Sdk.Errors.InputException e) { return e.Message; }
        }
        return new FormScreen
        {
            Title = _t["screen.assign"],
            Fields =
            [
                new FormField
                {
                    Id = "actor", Label = _t["col.actor"], Kind = FieldKind.Choice, Required = true, Value = actorId ?? "",
                    Choices = actors.OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase).Select(a => new Choice(a.Id, a.Name)).ToList(),
                },
                new FormField { Id = "district", Label = _t["col.district"], Required = true, Value = district ?? "", Hint = _t["arg.district"], Check = Check },
            ],
            CommandFor = v => $"meic municipi assign {v.Choice("actor") ?? "ACTOR"} \"{v["district"]}\"",
            Save = v =>
            {
                var actor = _coverage.Assign(v.Choice("actor")!, v["district"]);
                return FormResult.Ok(_t["assign.done", actor.Name, actor.District]);
            },
        };
    }
}
