using Meic.Sdk.Model;

namespace Meic.Brokerage.Model;

/// <summary>One service an actor offers: what, for whom, where, when, how to access it.</summary>
public sealed class Service : Document
{
    public string ActorId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public string? Area { get; set; }
    public string? District { get; set; }
    /// <summary>Target groups, typically legal statuses (refugees, asylumSeekers, subsidiaryProtection…); empty means open to all.</summary>
    public List<string> ForWhom { get; set; } = new();
    /// <summary>Languages spoken (two-letter codes).</summary>
    public List<string> Languages { get; set; } = new();
    public int? MinimumAge { get; set; }
    public int? MaximumAge { get; set; }
    /// <summary>any, female or male.</summary>
    public string? Sex { get; set; }
    public string? Address { get; set; }
    /// <summary>When it is open, in words.</summary>
    public string? Schedule { get; set; }
    /// <summary>How to access it (HSDS application_process).</summary>
    public string? HowToAccess { get; set; }
    /// <summary>What it costs (HSDS fees_description).</summary>
    public string? Cost { get; set; }
    /// <summary>Documents a person must bring.</summary>
    public List<string> RequiredDocuments { get; set; } = new();
    /// <summary>The service's own desk contact (never a person's private details).</summary>
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Url { get; set; }
    /// <summary>Places still available; null when unknown, 0 when full.</summary>
    public int? Capacity { get; set; }
    /// <summary>active, inactive, defunct or temporarilyClosed (HSDS statuses).</summary>
    public string Status { get; set; } = "active";
    /// <summary>Where the record came from: template, actors, hsds, csv, manual.</summary>
    public string Source { get; set; } = "manual";
    /// <summary>The HSDS identifier this service was imported with or exported as.</summary>
    public string? HsdsId { get; set; }
}
