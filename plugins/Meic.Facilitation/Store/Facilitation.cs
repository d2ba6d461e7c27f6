using System.Globalization;
using Meic.Facilitation.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Facilitation.Store;

/// <summary>The plugin's records and the rules that guard them, over one context's store.</summary>
internal sealed class Facilitation(IMeicContext ctx)
{
    public IMeicContext Context { get; } = ctx;
    public Strings T { get; } = Strings.Load(typeof(FacilitationPlugin).Assembly, "Meic.Facilitation.strings", ctx.Language);

    public IDocumentCollection<Meeting> Meetings => Context.Store.Collection<Meeting>(Meeting.CollectionName);
    public IDocumentCollection<ActionItem> Actions => Context.Store.Collection<ActionItem>(ActionItem.CollectionName);
    public IDocumentCollection<Decision> Decisions => Context.Store.Collection<Decision>(Decision.CollectionName);
    public IDocumentCollection<MeetingNote> Notes => Context.Store.Collection<MeetingNote>(MeetingNote.CollectionName);
    public IDocumentCollection<MeetingNoteEdit> NoteEdits => Context.Store.Collection<MeetingNoteEdit>(MeetingNoteEdit.CollectionName);
    public IDocumentCollection<MeetingFormat> Formats => Context.Store.Collection<MeetingFormat>(MeetingFormat.CollectionName);
    public IDocumentCollection<Actor> ActorRecords => Context.Store.Collection<Actor>(Actor.CollectionName);

    public DateOnly Today => DateOnly.FromDateTime(Local(Context.Clock.Now).DateTime);

    public TimeZoneInfo Zone
    {
        get
        {
            if (_zone is not null) return _zone;
            // The cluster's own zone (set at init) first: a meeting at 09:30 in Turin is 09:30 wherever the laptop's clock is set.
            var cluster = Context.Store.Collection<Cluster>(Cluster.CollectionName).Get("cluster");
            if (!string.IsNullOrWhiteSpace(cluster?.TimeZone)) return _zone = Find(cluster.TimeZone, "cluster.timeZone");
            if (Context.Setting("meic.facilitation", "timeZone") is { } id) return _zone = Find(id, "toolkit.json: settings.meic.facilitation.timeZone");
            return _zone = (cluster?.Country ?? "").ToUpperInvariant() switch
            {
                "IT" => Find("Europe/Rome", "cluster.country"),
                "ES" => Find("Europe/Madrid", "cluster.country"),
                _ => TimeZoneInfo.Local,
            };
        }
    }

    private TimeZoneInfo? _zone;

    private TimeZoneInfo Find(string id, string where)
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
        catch (TimeZoneNotFoundException) { throw new InputException(T["error.timeZone", id], where); }
    }

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>A moment as people read it in the cluster's zone and the person's conventions: <c>15/01/2027 10:00</c>.</summary>
    public string Show(DateTimeOffset instant)
    {
        var local = Local(instant);
        return $"{Dates.FormatShort(DateOnly.FromDateTime(local.DateTime), Context.Language)} {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    /// <summary>A day as people read it: <c>15/01/2027</c>, or nothing.</summary>
    public string Day(DateOnly? day) => day is { } d ? Dates.FormatShort(d, Context.Language) : "";

    /// <summary>
    /// Parses a local date and time as people write it (<c>14/03/2025 10:00</c>, <c>2025-03-14 10:00</c>: the SDK's one
    /// date parser) in the cluster's time zone, or an ISO 8601 instant with an offset.
    /// </summary>
    public DateTimeOffset ParseInstant(string text, string field)
    {
        text = text.Trim();
        if (Dates.TryParseDateTime(text, out var dt) && !HasOffset(text))
            return new DateTimeOffset(dt, Zone.GetUtcOffset(dt));
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto) && HasOffset(text))
            return dto;
        throw new InputException(T["error.instant", text], field);
    }

    private static bool HasOffset(string text) => text.EndsWith('Z') || text.Contains('+') || text.LastIndexOf('-') > 9;

    /// <summary>Parses a day as people write it (<c>14/03/2025</c> or <c>2025-03-14</c>).</summary>
    public DateOnly ParseDay(string text, string field) =>
        Dates.TryParse(text, out var d) ? d : throw new InputException(T["error.day", text], field);

    public Meeting RequireMeeting(string id)
    {
        var m = Meetings.Get(id);
        if (m is not null) return m;
        var hint = Names.Nearest(id, Meetings.All().Select(x => x.Id)) is { } n ? T["hint.didYouMean", n] : T["hint.seeList"];
        throw new InputException(T["error.noMeeting", id] + hint, "ID");
    }

    /// <summary>Finds an actor by id or by exact name (case-insensitive), or says which one was meant.</summary>
    public Actor RequireActor(string idOrName, string field)
    {
        var key = idOrName.Trim();
        var byId = ActorRecords.Get(key);
        if (byId is not null) return byId;
        var all = ActorRecords.All();
        var byName = all.Where(a => string.Equals(a.Name, key, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byName.Count == 1) return byName[0];
        var hint = Names.Nearest(key, all.Select(a => a.Id)) is { } n ? T["hint.didYouMean", n] : T["hint.actors"];
        throw new InputException(T["error.unknownActor", key] + hint, field);
    }

    public string ActorName(string? id) =>
        id is null ? "" : ActorRecords.Get(id)?.Name ?? id;

    /// <summary>Refuses changes to a meeting whose minutes were approved.</summary>
    public void EnsureEditable(Meeting m)
    {
        if (m.MinutesApproved)
            throw new InputException(T["error.locked", m.Id, m.ApprovedAt is { } a ? Show(a) : "?"], m.Id);
    }

    public static string PlaceKey(Place p) =>
        p.Mode == PlaceMode.Online ? "" : new string((p.Address ?? "").Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>Meetings held in the same physical place whose times intersect with <paramref name="m"/>'s.</summary>
    public IReadOnlyList<Meeting> Overlapping(Meeting m, IEnumerable<Meeting>? others = null)
    {
        var key = PlaceKey(m.Place);
        if (key.Length == 0) return [];
        return (others ?? Meetings.All())
            .Where(o => o.Id != m.Id && PlaceKey(o.Place) == key && o.Start < m.End && m.Start < o.End)
            .ToList();
    }

    /// <summary>The meeting before <paramref name="m"/>: in its series when it has one, else the latest one that started before it.</summary>
    public Meeting? Previous(Meeting m)
    {
        var earlier = Meetings.All().Where(o => o.Id != m.Id && o.Start < m.Start).OrderByDescending(o => o.Start).ToList();
        return (m.SeriesId is null ? null : earlier.FirstOrDefault(o => o.SeriesId == m.SeriesId)) ?? earlier.FirstOrDefault();
    }

    public string NewMeetingId(DateTimeOffset start, MeetingKind kind)
    {
        var stem = $"{Local(start):yyyy-MM-dd}-{Names.Kebab(kind)}";
        var id = stem;
        for (var i = 2; Meetings.Get(id) is not null; i++) id = $"{stem}-{i}";
        return id;
    }

    public IReadOnlyList<MeetingFormat> AllFormats()
    {
        var stored = Formats.All();
        return stored.Count > 0 ? stored : FormatLibrary.Embedded();
    }

    private static string Fold(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD))
            if (char.IsLetterOrDigit(c)) sb.Append(c);
        return sb.ToString();
    }

    public MeetingFormat RequireFormat(string id)
    {
        var all = AllFormats();
        // By id, or by its name in any language ("Giro di presentazioni", "Ronda de presentaciones"), case and accents aside.
        var f = all.FirstOrDefault(x => string.Equals(x.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? all.FirstOrDefault(x => x.Name.Values.Any(n => Fold(n) == Fold(id)));
        if (f is not null) return f;
        var hint = Names.Nearest(id, all.Select(x => x.Id).Concat(all.Select(x => x.NameIn(T.Language)))) is { } n ? T["hint.didYouMean", n] : T["hint.formats"];
        throw new InputException(T["error.unknownFormat", id] + hint, "--format");
    }

    public IReadOnlyList<ActionItem> OpenActionsOf(string meetingId) =>
        Actions.Find(("meetingId", meetingId)).Where(a => a.Status == ActionStatus.Open).ToList();

    /// <summary>The item's note as it stands, with the edits a live console saved and has not folded yet.</summary>
    public string Note(string meetingId, string itemId) => NoteText.Of(this, meetingId, itemId);
}
