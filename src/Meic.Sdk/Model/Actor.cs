namespace Meic.Sdk.Model;

/// <summary>An organisation or group that is, or could be, part of the cluster.</summary>
public sealed class Actor : Document
{
    /// <summary>The collection actors live in.</summary>
    public const string CollectionName = "actors";

    /// <summary>The organisation's name.</summary>
    public string Name { get; set; } = "";
    /// <summary>The organisation's sector.</summary>
    public Sector Sector { get; set; }
    /// <summary>Identifiers of the thematic areas it works in (see <see cref="Cluster.Areas"/>).</summary>
    public List<string> Areas { get; set; } = new();
    /// <summary>The district it is based in, if any.</summary>
    public string? District { get; set; }
    /// <summary>Its institutional mandate or mission, briefly.</summary>
    public string? Mandate { get; set; }
    /// <summary>The people to contact there.</summary>
    public List<Contact> Contacts { get; set; } = new();
    /// <summary>The services it offers.</summary>
    public List<ServiceOffer> Services { get; set; } = new();
    /// <summary>Where it stands in the cluster now.</summary>
    public EngagementStage Stage { get; set; } = EngagementStage.Mapped;
    /// <summary>Every change of stage, oldest first.</summary>
    public List<StageChange> StageHistory { get; set; } = new();
    /// <summary>The MEIC network kind it belongs to, once placed.</summary>
    public NetworkKind? NetworkKind { get; set; }
    /// <summary>Whether it promotes the cluster.</summary>
    public bool Promoter { get; set; }
    /// <summary>Free tags.</summary>
    public List<string> Tags { get; set; } = new();
}

/// <summary>A person to contact in an organisation. Contacts are personal data.</summary>
public sealed class Contact
{
    /// <summary>The person's name.</summary>
    public string Name { get; set; } = "";
    /// <summary>Their role in the organisation.</summary>
    public string? Role { get; set; }
    /// <summary>E-mail address.</summary>
    public string? Email { get; set; }
    /// <summary>Phone number.</summary>
    public string? Phone { get; set; }
}

/// <summary>A service an actor offers.</summary>
public sealed class ServiceOffer
{
    /// <summary>What the service is.</summary>
    public string What { get; set; } = "";
    /// <summary>Who it is for (refugees, asylum seekers, subsidiary protection, former unaccompanied minors, women…).</summary>
    public List<string> ForWhom { get; set; } = new();
    /// <summary>The thematic area it belongs to.</summary>
    public string? Area { get; set; }
    /// <summary>The district where it is offered.</summary>
    public string? District { get; set; }
}

/// <summary>One change of an actor's engagement stage.</summary>
public sealed class StageChange
{
    /// <summary>The stage reached.</summary>
    public EngagementStage Stage { get; set; }
    /// <summary>When.</summary>
    public DateOnly Date { get; set; }
    /// <summary>Why, or what happened.</summary>
    public string? Note { get; set; }
}
