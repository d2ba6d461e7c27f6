namespace Meic.Sdk.Model;

/// <summary>The sector an organisation belongs to.</summary>
public enum Sector
{
    /// <summary>Municipality, region, prefecture, public agencies.</summary>
    PublicAdministration,
    /// <summary>Private companies and cooperatives acting as employers.</summary>
    Company,
    /// <summary>Trade unions and employer associations.</summary>
    RepresentativeBody,
    /// <summary>NGOs, associations, social cooperatives.</summary>
    ThirdSector,
    /// <summary>Universities and research bodies.</summary>
    Research,
    /// <summary>Associations of migrant communities.</summary>
    DiasporaCommunity,
    /// <summary>Groups without legal form.</summary>
    InformalGroup,
}

/// <summary>How far an actor has come in the cluster.</summary>
public enum EngagementStage
{
    /// <summary>Found by the mapping, not yet approached.</summary>
    Mapped,
    /// <summary>Approached by the cluster.</summary>
    Contacted,
    /// <summary>Showed interest in taking part.</summary>
    Interested,
    /// <summary>Takes part in the cluster's work.</summary>
    Member,
    /// <summary>Signed the cluster's formal agreement.</summary>
    Signatory,
    /// <summary>Still a member on paper but no longer active.</summary>
    Inactive,
    /// <summary>Left the cluster.</summary>
    Exited,
}

/// <summary>The three kinds of network inside one MEIC cluster.</summary>
public enum NetworkKind
{
    /// <summary>Information and expertise flow; informal, short-lived, no formal commitment.</summary>
    Cooperative,
    /// <summary>Integrated services for complex problems, a shared action plan, shared risk.</summary>
    Coordinated,
    /// <summary>Innovative solutions that change how services are delivered; long-term and systemic.</summary>
    Collaborative,
}

/// <summary>The five phases of network management.</summary>
public enum MeicPhase
{
    /// <summary>Find and engage potentially interested partners.</summary>
    Activation,
    /// <summary>Agree the rules of interaction.</summary>
    Rules,
    /// <summary>Match problems, solutions and actors.</summary>
    Brokerage,
    /// <summary>Meetings, minutes, quality of dialogue.</summary>
    Facilitation,
    /// <summary>Mediation and arbitration of conflicts.</summary>
    Mediation,
}

/// <summary>What a tie between two actors carries.</summary>
public enum TieKind
{
    /// <summary>The actors exchange information.</summary>
    InformationExchange,
    /// <summary>One actor refers people to the other.</summary>
    Referral,
    /// <summary>The actors run a project together.</summary>
    JointProject,
    /// <summary>The actors design services together.</summary>
    CoDesign,
    /// <summary>One actor funds the other.</summary>
    Funding,
    /// <summary>The actors are bound by a formal agreement.</summary>
    FormalAgreement,
}

/// <summary>Intensity of a tie on the PARTNER scale; the last three are MEIC's network kinds.</summary>
public enum TieIntensity
{
    /// <summary>The actors know of each other.</summary>
    Awareness,
    /// <summary>Cooperative: information and expertise.</summary>
    Cooperation,
    /// <summary>Coordinated: integrated services.</summary>
    Coordination,
    /// <summary>Collaborative: systemic innovation.</summary>
    Collaboration,
}

/// <summary>Where knowledge of a tie comes from.</summary>
public enum TieSource
{
    /// <summary>The cluster's founding plan or template.</summary>
    Plan,
    /// <summary>A network survey.</summary>
    Survey,
    /// <summary>A focus group or interview.</summary>
    FocusGroup,
    /// <summary>A signed agreement.</summary>
    Agreement,
    /// <summary>Referrals recorded between the actors.</summary>
    Referral,
    /// <summary>Typed in by a user.</summary>
    Manual,
}
