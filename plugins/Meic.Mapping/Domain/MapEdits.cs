using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Mapping.Domain;

/// <summary>
/// Every change to actors and ties, for the commands (<c>meic map actors …</c>, <c>meic map ties …</c>) and the
/// screens alike: the same checks, the same events, one place.
/// </summary>
public sealed class MapEdits(IMeicContext ctx)
{
    private readonly Strings _text = MappingPlugin.Text(ctx);

    public MapData Data { get; } = MapData.From(ctx);

    /// <summary>The fields a merge can take from the duplicate instead of the actor kept (<c>--take</c>).</summary>
    public static readonly IReadOnlyList<string> MergeFields = ["name", "sector", "areas", "district", "stage", "network", "mandate"];

    /// <summary>Adds <paramref name="actor"/> (its id made from the name unless given); returns the existing actors whose names look the same.</summary>
    public IReadOnlyList<Actor> Add(Actor actor, string? id, DateOnly today)
    {
        actor.Name = actor.Name.Trim();
        if (actor.Name.Length == 0) throw new InputException(_text["err.nameEmpty"], "NAME");
        var all = Data.Actors.All();
        if (actor.StageHistory.Count == 0) actor.StageHistory.Add(new StageChange { Stage = actor.Stage, Date = today });
        actor.Id = id ?? ActorImporter.UniqueId(NameKey.Slug(actor.Name), all, []);
        if (Data.Actors.Get(actor.Id) is not null) throw new InputException(_text["err.idExists", actor.Id], "--id");
        var twins = all.Where(a => NameKey.LikelySame(a.Name, actor.Name)).ToList();
        Data.Actors.Insert(actor);
        ctx.Publish(new MeicEvent("actor.added", actor.Id));
        return twins;
    }

    /// <summary>Writes an edited actor.</summary>
    public void Update(Actor actor)
    {
        if (actor.Name.Trim().Length == 0) throw new InputException(_text["err.nameEmpty"], "--name");
        actor.Name = actor.Name.Trim();
        Data.Actors.Update(actor);
        ctx.Publish(new MeicEvent("actor.updated", actor.Id));
    }

    /// <summary>Moves <paramref name="actor"/> to <paramref name="stage"/> on <paramref name="date"/>, appended to its dated history.</summary>
    public static void ChangeStage(Actor actor, EngagementStage stage, DateOnly date, string? note)
    {
        if (stage == actor.Stage && actor.StageHistory.Count > 0) return;
        actor.Stage = stage;
        actor.StageHistory.Add(new StageChange { Stage = stage, Date = date, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim() });
    }

    /// <summary>Removes <paramref name="actor"/> and its ties; how many ties went.</summary>
    public int Remove(Actor actor)
    {
        var ties = Data.Ties.All().Where(t => t.Source == actor.Id || t.Target == actor.Id).ToList();
        using (var tx = Data.Store.BeginTransaction())
        {
            foreach (var t in ties) Data.Ties.Delete(t);
            Data.Actors.Delete(actor);
            tx.Commit();
        }
        ctx.Publish(new MeicEvent("actor.removed", actor.Id));
        return ties.Count;
    }

    /// <summary>
    /// Merges <paramref name="duplicate"/> into <paramref name="keep"/>: the fields named in <paramref name="take"/>
    /// (<see cref="MergeFields"/>) come from the duplicate, the others stay; lists are united and ties moved. How many ties moved.
    /// </summary>
    public int Merge(Actor duplicate, Actor keep, IReadOnlyCollection<string> take)
    {
        if (duplicate.Id == keep.Id) throw new InputException(_text["err.mergeSelf"], "KEEP");
        foreach (var field in take)
            switch (field)
            {
                case "name": keep.Name = duplicate.Name; break;
                case "sector": keep.Sector = duplicate.Sector; break;
                case "areas": keep.Areas = [.. duplicate.Areas]; break;
                case "district": keep.District = duplicate.District; break;
                case "network": keep.NetworkKind = duplicate.NetworkKind; break;
                case "mandate": keep.Mandate = duplicate.Mandate; break;
                case "stage":
                    keep.Stage = duplicate.Stage;
                    keep.StageHistory.AddRange(duplicate.StageHistory.Where(h => h.Stage == duplicate.Stage));
                    break;
                default: throw new InputException(_text["err.mergeField", field, string.Join(", ", MergeFields)], "--take");
            }
        ActorMerge.Into(keep, duplicate);
        var moved = 0;
        using (var tx = Data.Store.BeginTransaction())
        {
            foreach (var t in Data.Ties.All().Where(t => t.Source == duplicate.Id || t.Target == duplicate.Id).ToList())
            {
                if (t.Source == duplicate.Id) t.Source = keep.Id;
                if (t.Target == duplicate.Id) t.Target = keep.Id;
                if (t.Source == t.Target) Data.Ties.Delete(t); // a tie between the two duplicates would become a self-loop
                else { Data.Ties.Update(t); moved++; }
            }
            keep.Tags.Add("merged:" + duplicate.Id);
            Data.Actors.Update(keep);
            Data.Actors.Delete(duplicate);
            tx.Commit();
        }
        ctx.Publish(new MeicEvent("actor.merged", keep.Id, new Dictionary<string, object?> { ["from"] = duplicate.Id }));
        return moved;
    }

    /// <summary>Refuses a tie that cannot be stored: to itself, a score outside 1–4, an unknown wave.</summary>
    public void Check(Relationship tie)
    {
        if (tie.Source == tie.Target) throw new InputException(_text["err.selfLoop"], _text["arg.targetName"]);
        foreach (var (o, v) in new[] { ("--trust", tie.Trust), ("--value", tie.Value) })
            if (v is < 1 or > 4) throw new InputException(_text["err.score"], o);
        if (tie.Wave is { } w && Data.Waves.Get(w) is null) throw new InputException(_text["err.noWaveAdd", w], "--wave");
    }

    /// <summary>Adds a checked tie.</summary>
    public Relationship AddTie(Relationship tie)
    {
        Check(tie);
        tie = Data.Ties.Insert(tie);
        ctx.Publish(new MeicEvent("tie.added", tie.Id));
        return tie;
    }

    /// <summary>Writes an edited, checked tie.</summary>
    public void UpdateTie(Relationship tie)
    {
        Check(tie);
        Data.Ties.Update(tie);
        ctx.Publish(new MeicEvent("tie.updated", tie.Id));
    }

    /// <summary>The tie <paramref name="id"/>, or a refusal.</summary>
    public Relationship Tie(string id) => Data.Ties.Get(id) ?? throw new InputException(_text["err.noTie", id], "TIE");

    /// <summary>Removes a tie.</summary>
    public void RemoveTie(Relationship tie)
    {
        Data.Ties.Delete(tie);
        ctx.Publish(new MeicEvent("tie.removed", tie.Id));
    }
}
