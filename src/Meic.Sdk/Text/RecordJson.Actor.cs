using Meic.Sdk.Model;

namespace Meic.Sdk.Text;

internal static partial class RecordJson
{
    private static void WriteActor(JsonPrinter w, Actor a)
    {
        w.StartObject();
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
        w.Boolean("promoter", a.Promoter);
        Strings(w, "tags", a.Tags);
        String(w, "id", a.Id);
        w.EndObject();
    }

    private static void WriteContact(JsonPrinter w, Contact c)
    {
        w.StartObject();
        String(w, "name", c.Name);
        String(w, "role", c.Role);
        String(w, "email", c.Email);
        String(w, "phone", c.Phone);
        w.EndObject();
    }

    private static void WriteService(JsonPrinter w, ServiceOffer s)
    {
        w.StartObject();
        String(w, "what", s.What);
        Strings(w, "forWhom", s.ForWhom);
        String(w, "area", s.Area);
        String(w, "district", s.District);
        w.EndObject();
    }

    private static void WriteStageChange(JsonPrinter w, StageChange s)
    {
        w.StartObject();
        Enum(w, "stage", s.Stage);
        Date(w, "date", s.Date);
        String(w, "note", s.Note);
        w.EndObject();
    }

    private static Actor ReadActor(JsonScanner r) => Object(r, new Actor(), ActorProperty);

    private static void ActorProperty(JsonScanner r, Actor a, string name)
    {
        switch (name)
        {
            case "id": a.Id = Text(r); break;
            case "name": a.Name = Str(r)!; break;
            case "sector": a.Sector = (Sector)Enum(r, typeof(Sector)); break;
            case "areas": a.Areas = Strings(r)!; break;
            case "district": a.District = Str(r); break;
            case "mandate": a.Mandate = Str(r); break;
            case "contacts": a.Contacts = List(r, ReadContact)!; break;
            case "services": a.Services = List(r, ReadService)!; break;
            case "stage": a.Stage = (EngagementStage)Enum(r, typeof(EngagementStage)); break;
            case "stagehistory": a.StageHistory = List(r, ReadStageChange)!; break;
            case "networkkind": a.NetworkKind = r.Token == JsonTokenKind.Null ? null : (NetworkKind)Enum(r, typeof(NetworkKind)); break;
            case "promoter": a.Promoter = Bool(r); break;
            case "tags": a.Tags = Strings(r)!; break;
            default: r.Skip(); break;
        }
    }

    private static Contact ReadContact(JsonScanner r) => Object(r, new Contact(), ContactProperty);

    private static void ContactProperty(JsonScanner r, Contact c, string name)
    {
        switch (name)
        {
            case "name": c.Name = Str(r)!; break;
            case "role": c.Role = Str(r); break;
            case "email": c.Email = Str(r); break;
            case "phone": c.Phone = Str(r); break;
            default: r.Skip(); break;
        }
    }

    private static ServiceOffer ReadService(JsonScanner r) => Object(r, new ServiceOffer(), ServiceProperty);

    private static void ServiceProperty(JsonScanner r, ServiceOffer s, string name)
    {
        switch (name)
        {
            case "what": s.What = Str(r)!; break;
            case "forwhom": s.ForWhom = Strings(r)!; break;
            case "area": s.Area = Str(r); break;
            case "district": s.District = Str(r); break;
            default: r.Skip(); break;
        }
    }

    private static StageChange ReadStageChange(JsonScanner r) => Object(r, new StageChange(), StageChangeProperty);

    private static void StageChangeProperty(JsonScanner r, StageChange s, string name)
    {
        switch (name)
        {
            case "stage": s.Stage = (EngagementStage)Enum(r, typeof(EngagementStage)); break;
            case "date": s.Date = Date(r); break;
            case "note": s.Note = Str(r); break;
            default: r.Skip(); break;
        }
    }
}
