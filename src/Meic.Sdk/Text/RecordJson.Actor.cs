using System.Text.Json;
using Meic.Sdk.Model;

namespace Meic.Sdk.Text;

internal static partial class RecordJson
{
    private static void WriteActor(Utf8JsonWriter w, Actor a)
    {
        w.WriteStartObject();
        String(w, "name", a.Name);
        Enum(w, "sector", a.Sector);
        Strings(w, "areas", a.Areas);
        String(w, "district", a.District);
        String(w, "mandate", a.Mandate);
        List(w, "contacts", a.Contacts, WriteContact);
        List(w, "services", a.Services, WriteService);
        Enum(w, "stage", a.Stage);
        List(w, "stageHistory", a.StageHistory, WriteStageChange);
        Enum(w, "networkKind", a.NetworkKind);
        w.WriteBoolean("promoter", a.Promoter);
        Strings(w, "tags", a.Tags);
        String(w, "id", a.Id);
        w.WriteEndObject();
    }

    private static void WriteContact(Utf8JsonWriter w, Contact c)
    {
        w.WriteStartObject();
        String(w, "name", c.Name);
        String(w, "role", c.Role);
        String(w, "email", c.Email);
        String(w, "phone", c.Phone);
        w.WriteEndObject();
    }

    private static void WriteService(Utf8JsonWriter w, ServiceOffer s)
    {
        w.WriteStartObject();
        String(w, "what", s.What);
        Strings(w, "forWhom", s.ForWhom);
        String(w, "area", s.Area);
        String(w, "district", s.District);
        w.WriteEndObject();
    }

    private static void WriteStageChange(Utf8JsonWriter w, StageChange s)
    {
        w.WriteStartObject();
        Enum(w, "stage", s.Stage);
        Date(w, "date", s.Date);
        String(w, "note", s.Note);
        w.WriteEndObject();
    }

    private static Actor ReadActor(ref Utf8JsonReader r) => Object(ref r, new Actor(), ActorProperty);

    private static void ActorProperty(ref Utf8JsonReader r, Actor a, string name)
    {
        switch (name)
        {
            case "id": a.Id = Text(ref r); break;
            case "name": a.Name = Str(ref r)!; break;
            case "sector": a.Sector = (Sector)Enum(ref r, typeof(Sector)); break;
            case "areas": a.Areas = Strings(ref r)!; break;
            case "district": a.District = Str(ref r); break;
            case "mandate": a.Mandate = Str(ref r); break;
            case "contacts": a.Contacts = List(ref r, ReadContact)!; break;
            case "services": a.Services = List(ref r, ReadService)!; break;
            case "stage": a.Stage = (EngagementStage)Enum(ref r, typeof(EngagementStage)); break;
            case "stagehistory": a.StageHistory = List(ref r, ReadStageChange)!; break;
            case "networkkind": a.NetworkKind = r.TokenType == JsonTokenType.Null ? null : (NetworkKind)Enum(ref r, typeof(NetworkKind)); break;
            case "promoter": a.Promoter = Bool(ref r); break;
            case "tags": a.Tags = Strings(ref r)!; break;
            default: r.Skip(); break;
        }
    }

    private static Contact ReadContact(ref Utf8JsonReader r) => Object(ref r, new Contact(), ContactProperty);

    private static void ContactProperty(ref Utf8JsonReader r, Contact c, string name)
    {
        switch (name)
        {
            case "name": c.Name = Str(ref r)!; break;
            case "role": c.Role = Str(ref r); break;
            case "email": c.Email = Str(ref r); break;
            case "phone": c.Phone = Str(ref r); break;
            default: r.Skip(); break;
        }
    }

    private static ServiceOffer ReadService(ref Utf8JsonReader r) => Object(ref r, new ServiceOffer(), ServiceProperty);

    private static void ServiceProperty(ref Utf8JsonReader r, ServiceOffer s, string name)
    {
        switch (name)
        {
            case "what": s.What = Str(ref r)!; break;
            case "forwhom": s.ForWhom = Strings(ref r)!; break;
            case "area": s.Area = Str(ref r); break;
            case "district": s.District = Str(ref r); break;
            default: r.Skip(); break;
        }
    }

    private static StageChange ReadStageChange(ref Utf8JsonReader r) => Object(ref r, new StageChange(), StageChangeProperty);

    private static void StageChangeProperty(ref Utf8JsonReader r, StageChange s, string name)
    {
        switch (name)
        {
            case "stage": s.Stage = (EngagementStage)Enum(ref r, typeof(EngagementStage)); break;
            case "date": s.Date = Date(ref r); break;
            case "note": s.Note = Str(ref r); break;
            default: r.Skip(); break;
        }
    }
}
