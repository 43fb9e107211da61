package org.migkg.synth;

import java.util.List;

/** Word lists the generator draws names, organizations and texts from; several names carry diacritics on purpose. */
final class NamePools {
    private NamePools() {}

    static final List<String> GIVEN = List.of(
            "Sijal", "Camille", "Elke", "Mariana", "Catherine", "Kathleen", "Nassim", "Michele", "Elizabeth", "Amina",
            "José", "Zoë", "Łukasz", "Søren", "Aïcha", "François", "Björn", "Ana", "Mateus", "Hélène", "Nadia", "Omar",
            "Fatima", "Yusuf", "Chidi", "Ngozi", "Kwame", "Abena", "Hiroshi", "Yuki", "Mei", "Wei", "Priya", "Arjun",
            "Sofía", "Lucía", "Andrés", "Tomás", "Ines", "Joaquim", "Dmitri", "Olena", "Katarzyna", "Piotr", "Agnieszka",
            "Emre", "Ayşe", "Mehmet", "Leila", "Reza", "Farah", "Samir", "Youssef", "Rania", "Tariq", "Hana", "Karim",
            "Grace", "Peter", "John", "Mary", "David", "Sarah", "Michael", "Laura", "Daniel", "Anna", "Thomas", "Julia",
            "Martin", "Eva", "Paul", "Clara", "Lukas", "Sophie", "Jonas", "Marie", "Felix", "Lena", "Hugo", "Chloé",
            "Théo", "Manon", "Louis", "Léa", "Matteo", "Giulia", "Lorenzo", "Chiara", "Alessandro", "Francesca",
            "Kofi", "Ama", "Tendai", "Chipo", "Thabo", "Lerato", "Sipho", "Naledi", "Tesfaye", "Selam", "Dawit", "Hiwot",
            "Aziz", "Bilal", "Sana", "Imran", "Ayesha", "Farhan", "Nusrat", "Rashid", "Salma", "Jamal", "Zainab",
            "Ricardo", "Valentina", "Gabriel", "Camila", "Diego", "Isabella", "Santiago", "Mariana", "Sebastián",
            "Nguyen", "Linh", "Minh", "Thanh", "Jin", "Hyun", "Seo-yeon", "Ji-ho", "Marta", "Pilar", "Rocío", "Ángel",
            "Jürgen", "Jörg", "Günther", "Ursula", "Birgit", "Sven", "Ingrid", "Astrid", "Nils", "Kristín", "Þóra",
            "Dominik", "Tereza", "Jiří", "Zuzana", "Mirela", "Dragan", "Ljubica", "Goran", "Vesna", "Anđela", "Mihai",
            "Ioana", "Andreea", "Bogdan", "Elif", "Cem", "Deniz", "Selin", "Burak", "Ece", "Hamid", "Parisa", "Nima");

    static final List<String> MIDDLE = List.of("Ahmed", "Maria", "Louise", "Anne", "James", "Elizabeth", "Marie",
            "Jean", "Paul", "Rose", "Ali", "Hassan", "Grace", "Joseph", "Victoria", "Lee", "Ann", "Noor", "Isabel", "Carlos");

    static final List<String> SURNAMES = List.of(
            "Aziz", "Le Coz", "Löbel", "Meshi", "Rombauts", "Newland", "Majidi", "Klein-Solomon", "Collett", "Garcia",
            "Müller", "Nuñez", "Öztürk", "Da Silva", "van der Berg", "De Souza", "Al-Masri", "Okafor", "Mensah", "Tanaka",
            "Nakamura", "Chen", "Wang", "Sharma", "Patel", "Fernández", "González", "Rodríguez", "Pereira", "Santos",
            "Kowalski", "Nowak", "Wiśniewska", "Shevchenko", "Kovalenko", "Yılmaz", "Demir", "Kaya", "Hosseini",
            "Rahimi", "Haddad", "Khalil", "Mansour", "Farouk", "Benali", "El Amrani", "Diallo", "Traoré", "Ndiaye",
            "Koné", "Mwangi", "Otieno", "Kamau", "Abebe", "Tesfaye-Bekele", "Haile", "Nkosi", "Dlamini", "Moyo",
            "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Clarke", "Hughes", "Walker", "Schmidt", "Schneider",
            "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard",
            "Rossi", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Jensen", "Nielsen",
            "Hansen", "Andersson", "Johansson", "Lindqvist", "Virtanen", "Korhonen", "Novák", "Dvořák", "Horváth",
            "Popescu", "Ionescu", "Petrović", "Jovanović", "Nikolić", "Papadopoulos", "Georgiou", "Kim", "Park",
            "Lee", "Choi", "Tran", "Pham", "Hoang", "Khan", "Hussain", "Qureshi", "Chaudhry", "Siddiqui", "Rahman",
            "Islam", "Hossain", "Begum", "Okonkwo", "Adeyemi", "Balogun", "Asante", "Owusu", "Boateng", "Mbeki",
            "Zulu", "Banda", "Phiri", "Mutasa", "Chikwanha", "Ortiz", "Morales", "Herrera", "Castillo", "Vargas",
            "Ramos", "Mendoza", "Rojas", "Guerrero", "Medina", "Aguilar", "Salazar", "Ferreira", "Costa", "Oliveira",
            "Carvalho", "Almeida", "Ribeiro", "Gomes", "Martins", "Sousa", "Lopes", "Marques", "Fonseca", "Teixeira",
            "Van Damme", "De Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peeters",
            "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "O'Brien", "McCarthy",
            "Murphy", "Kelly", "Byrne", "Ryan", "Doyle", "Walsh", "Keane", "Sato", "Suzuki", "Takahashi", "Watanabe");

    /** Syllables for surnames beyond the list, so a large population does not run out of distinct names. */
    static final List<String> SYLLABLES = List.of("ka", "ri", "mo", "ta", "ne", "lo", "vi", "sa", "du", "ba", "ren",
            "kov", "mir", "del", "tan", "gor", "lin", "ser", "bra", "zo", "el", "an", "ou", "ya", "hu", "pe", "dan", "ros");

    static final List<String> HONORIFICS = List.of("Dr.", "Prof.", "Ambassador", "H.E.", "Ms.", "Mr.", "Dr");

    static final List<String> POSTS = List.of("Director", "Senior Policy Analyst", "Policy Officer", "Head of Unit",
            "Executive Director", "Programme Manager", "Researcher", "Senior Advisor", "Chief of Mission",
            "Deputy Director", "Associate Director", "Project Coordinator", "Minister", "Ambassador", "Professor",
            "Research Fellow", "Migration Officer", "Country Director", "Legal Advisor", "Head of Programmes");

    static final List<String> COUNTRIES = List.of("Germany", "Belgium", "Pakistan", "Albania", "Cameroon", "Kenya",
            "Nigeria", "Ghana", "Morocco", "Tunisia", "Senegal", "Ethiopia", "Mexico", "Guatemala", "Colombia",
            "Bangladesh", "Nepal", "Philippines", "Indonesia", "Jordan", "Lebanon", "Turkey", "Greece", "Italy",
            "Spain", "France", "Sweden", "Norway", "Canada", "United States", "Brazil", "Ecuador", "Afghanistan", "Iraq");

    static final List<String> ORG_TOPICS = List.of("Migration", "Refugee", "Return", "Reintegration", "Labour Mobility",
            "Diaspora", "Asylum", "Human Rights", "Development", "Border Management", "Displacement", "Integration",
            "Remittances", "Climate Mobility", "Child Protection", "Gender Equality", "Social Cohesion", "Trafficking Prevention");

    static final List<String> ORG_ADJECTIVES = List.of("International", "European", "African", "Regional", "National",
            "Global", "Mediterranean", "Arab", "Asian", "Latin American", "Nordic", "Balkan", "Sahel", "Andean");

    static final List<String> PORTFOLIOS = List.of("Foreign Affairs", "Interior", "Labour", "Social Affairs",
            "Justice", "Home Affairs", "Development Cooperation", "Economy", "Health", "Education");

    static final List<List<String>> TOPIC_WORDS = List.of(
            List.of("return", "reintegration", "returnees", "voluntary", "sustainable", "counselling", "communities", "origin"),
            List.of("labour", "migration", "skills", "recruitment", "employers", "workers", "mobility", "partnerships"),
            List.of("climate", "displacement", "disasters", "environmental", "adaptation", "resilience", "planned", "relocation"),
            List.of("gender", "women", "responsive", "violence", "empowerment", "equality", "protection", "girls"),
            List.of("children", "unaccompanied", "minors", "guardianship", "education", "family", "reunification", "youth"),
            List.of("data", "statistics", "evidence", "monitoring", "indicators", "surveys", "disaggregated", "evaluation"),
            List.of("trafficking", "smuggling", "exploitation", "victims", "prosecution", "networks", "prevention", "criminal"),
            List.of("diaspora", "remittances", "investment", "entrepreneurship", "transfers", "financial", "inclusion", "engagement"),
            List.of("integration", "cohesion", "inclusion", "housing", "language", "local", "municipalities", "belonging"),
            List.of("borders", "governance", "cooperation", "readmission", "visas", "management", "rights", "detention"),
            List.of("health", "pandemic", "access", "services", "vaccination", "wellbeing", "psychosocial", "care"),
            List.of("asylum", "refugees", "resettlement", "procedures", "reception", "pathways", "complementary", "solidarity"));

    static final List<String> FILLER = List.of("policy", "practice", "experts", "discussion", "lessons", "countries",
            "stakeholders", "approaches", "challenges", "opportunities", "global", "compact", "regional", "national",
            "actors", "programmes", "implementation", "dialogue", "progress", "recommendations");
}
