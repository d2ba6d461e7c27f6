using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Rome.Municipi;

/// <summary>One municipio's coverage.</summary>
public sealed record DistrictRow(string District, int Actors, int OnBoard, int Services, IReadOnlyList<string> Areas);

/// <summary>The cluster's reach across its districts (cluster.districts), from the actors' and services' <c>district</c> fields.</summary>
public sealed class DistrictCoverage(IMeicContext context)
{
    private Strings T => MunicipiPlugin.Text(context);

    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

    /// <summary>The districts the cluster declares (none when the store holds no cluster record yet).</summary>
    public IReadOnlyList<string> Districts =>
        context.Store.Collection<Cluster>(Meic.Sdk.Model.Cluster.CollectionName).Get("cluster")?.Districts ?? [];

    /// <summary>Sets the municipio <paramref name="district"/> names (as <see cref="Resolve"/> reads it) on the actor <paramref name="actorId"/>.</summary>
    /// <exception cref="InputException">No such actor, or no district matches.</exception>
    public Actor Assign(string actorId, string district)
    {
        var actors = context.Store.Collection<Actor>(Actor.CollectionName);
        var actor = actors.Get(actorId) ?? throw new InputException(T["err.noActor", actorId], "ACTOR");
        actor.District = Resolve(district);
        actors.Update(actor);
        return actor;
    }

    /// <summary>One row per district, in the cluster's order.</summary>
    public IReadOnlyList<DistrictRow> Rows()
    {
        var actors = context.Store.Collection<Actor>(Actor.CollectionName).All();
        return Districts.Select(d =>
        {
            var here = actors.Where(a => a.District == d).ToList();
            var services = actors.SelectMany(a => a.Services).Where(s => s.District == d).ToList();
            var areas = here.SelectMany(a => a.Areas).Concat(services.Select(s => s.Area).OfType<string>()).Distinct().Order().ToList();
            return new DistrictRow(d, here.Count, here.Count(a => a.Stage is EngagementStage.Member or EngagementStage.Signatory), services.Count, areas);
        }).ToList();
    }

    /// <summary>Actors with no district.</summary>
    public int Unplaced() => context.Store.Collection<Actor>(Actor.CollectionName).All().Count(a => string.IsNullOrWhiteSpace(a.District));

    /// <summary>The declared district <paramref name="text"/> names: exact, "IX", "9" or "municipio 9".</summary>
    /// <exception cref="InputException">No district matches.</exception>
    public string Resolve(string text)
    {
        var districts = Districts;
        if (districts.Count == 0) throw new InputException(T["err.noDistricts"], "DISTRICT");
        var exact = districts.FirstOrDefault(d => string.Equals(d, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (exact is not null) return exact;
        var token = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.ToUpperInvariant() ?? "";
        if (int.TryParse(token, out var n) && n >= 1 && n <= Roman.Length) token = Roman[n - 1];
        return districts.FirstOrDefault(d => d.EndsWith(" " + token, StringComparison.OrdinalIgnoreCase))
            ?? throw new InputException(T["err.unknownDistrict", text, string.Join(", ", districts)], "DISTRICT");
    }
}
