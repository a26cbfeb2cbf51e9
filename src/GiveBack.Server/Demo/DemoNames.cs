namespace GiveBack.Server.Demo;

/// <summary>Names for demo donors: a French-speaking school's alumni with friends from elsewhere.</summary>
internal static class DemoNames
{
    public static readonly string[] First =
    [
        "Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Julie", "Claire", "Élodie", "Anne", "Sophie", "Marie",
        "Lucas", "Hugo", "Louis", "Gabriel", "Arthur", "Jules", "Thomas", "Nicolas", "Pierre", "Antoine", "Mathieu",
        "Olivier", "Emma", "Olivia", "James", "William", "Amelia", "Noah", "Grace", "Henry", "Yasmine", "Karim",
        "Aïcha", "Mehdi", "Nadia", "Omar", "Lina", "Sami",
    ];

    public static readonly string[] Last =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
        "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel",
        "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Smith",
        "Johnson", "Brown", "Taylor", "Wilson", "Benali", "Haddad", "Nguyen", "Rossi", "Müller",
    ];
}
