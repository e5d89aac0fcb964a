"""The content of the sample workshop: a consultation in the fictional Republic of Lorvania.

Fictional on purpose (user-assigned ISO code ``XLV``) so nobody mistakes it for real
data, but shaped like a real national consultation: the institutions, data sources and
sector findings a working group typically records. :mod:`demo` turns it into records.
"""

from __future__ import annotations

from typing import Any

COUNTRY = "XLV"
COUNTRY_NAME = "Republic of Lorvania"

# the workshop record, keyword arguments of ``Workshop.create`` (values of several types)
WORKSHOP: dict[str, Any] = {
    "title": "National consultation on mainstreaming migration into the Lorvania Development Plan",
    "country": COUNTRY,
    "country_name": COUNTRY_NAME,
    "national_strategy": "Lorvania Development Plan 2026–2030",
    "strategy_period": "2026–2030",
    "start_date": "2026-11-24",
    "end_date": "2026-11-26",
    "venue": "National Conference Centre, Port Avel",
    "language": "en",
    "organisers": "Ministry of Planning and Development with IOM and UNDP",
    "description": (
        "Three-day national consultation of the inter-ministerial working group and its "
        "partners to assess how migration affects the goals of the Lorvania Development Plan, "
        "map the institutions and data involved, review sector policies for coherence and "
        "agree a costed action plan for validation by the Council of Ministers."
    ),
    # front and back matter of the report (issue 14, item 7)
    "foreword": (
        "Migration touches almost every household in Lorvania: one worker in six is abroad "
        "and remittances equal a tenth of our national income. Yet until now the Development "
        "Plan treated migration as a matter for a few ministries only.\n\n"
        "This report records what the inter-ministerial working group and its partners "
        "found over three days of consultation: who does what, which data we have and lack, "
        "where our sector policies pull against each other, and a costed plan to act on it. "
        "It is the basis on which the Government will seek the support of its development "
        "partners, and against which progress will be reviewed each year."
    ),
    "validated_by": "the plenary of the Inter-Ministerial Working Group on Migration and "
                    "Development",
    "validated_on": "2026-11-26",
    "signatory": "Selin Arvan",
    "signatory_title": "Minister of Planning and Development, Chair of the Inter-Ministerial "
                       "Working Group",
    "next_steps": (
        "The Ministry of Planning and Development submits the validated action plan to the "
        "Council of Ministers in December 2026. Line ministries name a focal point for each "
        "action by the end of January 2027 and enter the costed actions in their budget "
        "submissions. A round table with development partners in March 2027 presents the "
        "funding gap of the plan."
    ),
    "budget_cycle": (
        "Lorvania's fiscal year runs from July to June. Actions funded from the State budget "
        "enter the 2027/28 estimates through the Ministry of Finance's budget call in "
        "February 2027; each later budget call is preceded by the annual review, so that "
        "the actions' progress informs the next year's allocations. Partner funding is "
        "recorded on budget as external resources. Costs are stated in Lorvanian dollars "
        "(LVD) for the State budget and in euros or US dollars for partner funding."
    ),
    "regions": ["au", "ecowas"],
}

# name, acronym, type, level, parent acronym, influence, interest, stance, role, areas, mandate
STAKEHOLDERS = [
    ("Ministry of Planning and Development", "MPD", "gov_lead", "national", None, 5, 5,
     "champion", "lead", ["governance_rights"],
     "Prepares and monitors the national development plan; chairs the inter-ministerial "
     "working group on migration and development."),
    ("Office of the Prime Minister", "OPM", "gov_lead", "national", None, 5, 3, "supportive",
     "partner", ["governance_rights"],
     "Coordinates government business and tracks delivery of national priorities."),
    ("Ministry of Labour and Social Protection", "MLSP", "gov_line", "national", None, 4, 5,
     "champion", "partner", ["employment_labour", "social_protection"],
     "Labour market policy, licensing of recruitment agencies, pre-departure orientation and "
     "social protection schemes."),
    ("Department of Overseas Employment", "DOE", "gov_line", "national", "MLSP", 3, 5,
     "champion", "partner", ["employment_labour", "diaspora"],
     "Registers outgoing workers, negotiates bilateral labour agreements, runs welfare fund."),
    ("Ministry of Foreign Affairs", "MFA", "gov_line", "national", None, 4, 4, "supportive",
     "partner", ["diaspora", "governance_rights"],
     "Consular protection of nationals abroad; diaspora outreach; treaty ratification."),
    ("Diaspora Affairs Bureau", "DAB", "gov_line", "national", "MFA", 3, 5, "champion",
     "partner", ["diaspora", "finance_remittances"],
     "Maps the diaspora and designs engagement programmes and diaspora investment schemes."),
    ("Ministry of Interior", "MOI", "gov_line", "national", None, 5, 3, "neutral", "partner",
     ["security_border", "governance_rights"],
     "Civil registration, residence permits, border management and public order."),
    ("Border and Immigration Service", "BIS", "gov_line", "national", "MOI", 3, 3, "neutral",
     "partner", ["security_border"],
     "Entry and exit control at border posts; visa issuance; immigration enforcement."),
    ("Ministry of Health", "MOH", "gov_line", "national", None, 3, 3, "supportive", "partner",
     ["health"], "Health policy, health workforce planning and registration of health workers."),
    ("Ministry of Education", "MOE", "gov_line", "national", None, 3, 2, "neutral", "consult",
     ["education_skills", "children_youth"],
     "Schools, technical and vocational training, recognition of qualifications."),
    ("Ministry of Agriculture and Rural Development", "MARD", "gov_line", "national", None, 3,
     2, "neutral", "consult", ["agriculture_rural"],
     "Agricultural policy, rural livelihoods, extension services."),
    ("Ministry of Finance", "MOF", "gov_line", "national", None, 5, 2, "sceptical", "consult",
     ["finance_remittances"], "Budget preparation and public financial management."),
    ("Ministry of Environment and Disaster Management", "MEDM", "gov_line", "national", None,
     3, 3, "supportive", "partner", ["environment_climate"],
     "Climate adaptation, disaster risk reduction strategy and early warning."),
    ("Ministry of Gender, Children and Youth", "MGCY", "gov_line", "national", None, 3, 4,
     "supportive", "partner", ["gender", "children_youth"],
     "Gender equality, child protection and youth employment programmes."),
    ("Ministry of Justice", "MOJ", "gov_line", "national", None, 3, 2, "neutral", "consult",
     ["governance_rights"], "Legislative drafting, access to justice, legal aid."),
    ("National Anti-Trafficking Committee", "NATC", "gov_line", "national", "MOJ", 2, 4,
     "supportive", "inform", ["security_border", "gender"],
     "Coordinates prevention, protection and prosecution of trafficking in persons."),
    ("Ministry of Local Government", "MLG", "gov_line", "national", None, 3, 3, "neutral",
     "partner", ["urban_housing"], "Supervises municipalities and local development planning."),
    ("Lorvania National Statistics Office", "LNSO", "gov_statistics", "national", None, 3, 5,
     "champion", "partner", ["governance_rights"],
     "Produces official statistics: census, labour force survey, household budget survey."),
    ("Civil Registry Department", "CRD", "gov_statistics", "national", "MOI", 2, 3, "neutral",
     "inform", ["children_youth"], "Registers births, deaths and marriages."),
    ("Central Bank of Lorvania", "CBL", "central_bank", "national", None, 4, 3, "supportive",
     "partner", ["finance_remittances"],
     "Monetary policy, balance of payments statistics, supervision of money transfer operators."),
    ("Parliamentary Committee on Labour and Social Affairs", "PCLSA", "parliament", "national",
     None, 4, 3, "neutral", "partner", ["employment_labour"],
     "Scrutinises labour and social legislation and the budget of the labour sector."),
    ("National Human Rights Commission", "NHRC", "nhri", "national", None, 2, 4, "supportive",
     "inform", ["governance_rights"], "Monitors human rights, receives complaints."),
    ("City of Port Avel", "CPA", "local_authorities", "local", "MLG", 3, 4, "supportive",
     "partner", ["urban_housing", "social_protection"],
     "Municipal services, urban planning and local economic development of the capital."),
    ("Northern Province Administration", "NPA", "local_authorities", "subnational", "MLG", 2,
     4, "supportive", "inform", ["agriculture_rural", "environment_climate"],
     "Provincial development planning in the main region of origin of labour migrants."),
    ("Association of Returning Migrant Workers", "ARMW", "migrants_diaspora", "national", None,
     1, 5, "champion", "inform", ["employment_labour"],
     "Peer support, reintegration advice and advocacy for returning workers."),
    ("Lorvanian Diaspora Council (Europe)", "LDC", "migrants_diaspora", "international", None,
     2, 4, "supportive", "inform", ["diaspora", "finance_remittances"],
     "Federation of hometown associations and professional networks abroad."),
    ("Migrant Rights Centre", "MRC", "civil_society", "national", None, 2, 5, "champion",
     "inform", ["governance_rights", "gender"],
     "Legal aid and shelter for migrant workers and victims of trafficking."),
    ("Women's Migration Network", "WMN", "civil_society", "national", None, 1, 5, "champion",
     "inform", ["gender"], "Support to women domestic workers before departure and abroad."),
    ("Lorvania Trade Union Confederation", "LTUC", "trade_unions", "national", None, 3, 4,
     "supportive", "partner", ["employment_labour"],
     "Represents workers; runs migrant worker help desks in two destination countries."),
    ("Federation of Lorvanian Employers", "FLE", "private_sector", "national", None, 3, 3,
     "neutral", "partner", ["employment_labour", "private_sector_trade"],
     "Employers' organisation; skills and labour shortage surveys."),
    ("Association of Licensed Recruitment Agencies", "ALRA", "private_sector", "national", None,
     2, 4, "sceptical", "inform", ["employment_labour"],
     "Represents private recruitment agencies; code of conduct."),
    ("Lorvania Bankers' Association", "LBA", "private_sector", "national", None, 2, 3,
     "neutral", "inform", ["finance_remittances"], "Banks and money transfer operators."),
    ("University of Port Avel, Migration Research Centre", "UPA-MRC", "academia", "national",
     None, 2, 4, "supportive", "inform", ["employment_labour", "education_skills"],
     "Research on labour migration, remittances and return."),
    ("National Broadcasting Corporation", "NBC", "media", "national", None, 2, 2, "neutral",
     "monitor", [], "Public broadcaster; migration information campaigns."),
    ("UN Resident Coordinator's Office", "RCO", "un_intl", "international", None, 3, 4,
     "supportive", "partner", ["governance_rights"],
     "Coordinates the UN Country Team and the Cooperation Framework."),
    ("International Organization for Migration", "IOM", "un_intl", "international", None, 3, 5,
     "champion", "partner", ["governance_rights", "security_border"],
     "Technical support to mainstreaming, migration data and border management."),
    ("United Nations Development Programme", "UNDP", "un_intl", "international", None, 3, 4,
     "champion", "partner", ["governance_rights"],
     "Support to development planning and SDG integration."),
    ("International Labour Organization", "ILO", "un_intl", "international", None, 2, 4,
     "supportive", "inform", ["employment_labour"], "Fair recruitment and labour statistics."),
    ("European Union Delegation", "EUD", "donors", "international", None, 3, 3, "supportive",
     "partner", ["governance_rights"], "Development cooperation and migration partnership."),
    ("Regional Consultative Process on Labour Migration", "RCP", "regional_bodies", "regional",
     None, 2, 3, "neutral", "inform", ["employment_labour"],
     "Dialogue of countries of origin and destination on labour mobility."),
]

# source acronym, target acronym, kind, strength
LINKS = [
    ("MPD", "OPM", "reports_to", 3), ("MLSP", "MPD", "coordinates_with", 3),
    ("DOE", "MLSP", "reports_to", 3), ("DAB", "MFA", "reports_to", 3),
    ("BIS", "MOI", "reports_to", 3), ("CRD", "MOI", "reports_to", 3),
    ("LNSO", "MPD", "shares_data", 3), ("BIS", "LNSO", "shares_data", 2),
    ("DOE", "LNSO", "shares_data", 1), ("CBL", "LNSO", "shares_data", 2),
    ("MFA", "MPD", "coordinates_with", 2), ("MOI", "MPD", "coordinates_with", 1),
    ("MOF", "MPD", "oversees", 2), ("PCLSA", "MLSP", "oversees", 2),
    ("NHRC", "MOI", "oversees", 1), ("IOM", "MPD", "advises", 3), ("UNDP", "MPD", "advises", 3),
    ("RCO", "IOM", "coordinates_with", 2), ("RCO", "UNDP", "coordinates_with", 2),
    ("EUD", "IOM", "funds", 3), ("EUD", "MPD", "funds", 2), ("ILO", "MLSP", "advises", 2),
    ("ALRA", "DOE", "tension", 2), ("MRC", "DOE", "tension", 1),
    ("MRC", "NATC", "partners_with", 2), ("WMN", "MRC", "partners_with", 2),
    ("ARMW", "DOE", "partners_with", 1), ("LTUC", "MLSP", "coordinates_with", 2),
    ("FLE", "MLSP", "coordinates_with", 2), ("LDC", "DAB", "partners_with", 2),
    ("LBA", "CBL", "reports_to", 2), ("UPA-MRC", "LNSO", "partners_with", 1),
    ("UPA-MRC", "MPD", "advises", 1), ("CPA", "MLG", "reports_to", 2),
    ("NPA", "MLG", "reports_to", 2), ("NPA", "MPD", "coordinates_with", 1),
    ("NATC", "MOJ", "reports_to", 3), ("MGCY", "NATC", "coordinates_with", 2),
    ("MOH", "MOE", "coordinates_with", 1), ("MEDM", "NPA", "coordinates_with", 2),
    ("RCP", "DOE", "advises", 1), ("NBC", "DOE", "partners_with", 1),
    ("MOI", "DOE", "tension", 1), ("MOH", "MLSP", "coordinates_with", 1),
    ("MARD", "NPA", "coordinates_with", 2),
]

# name, type, owner, periodicity, latest year, coverage, variables, disaggregations, access,
# quality, gaps
DATA_SOURCES = [
    ("Population and Housing Census 2022", "census", "LNSO", "every_10_years", 2022, "national",
     ["country_of_birth", "country_of_citizenship", "year_of_arrival", "household_members_abroad"],
     ["sex", "age", "geographic_location", "citizenship", "country_of_birth", "education"],
     "open", "good", "No question on return migration; emigrants counted only via household."),
    ("Labour Force Survey", "labour_force_survey", "LNSO", "quarterly", 2025, "national",
     ["country_of_birth", "return_migration", "household_members_abroad"],
     ["sex", "age", "geographic_location", "education", "occupation"],
     "open", "good", "Migration module only in Q2; sample too small for district estimates."),
    ("Household Budget Survey", "household_budget_survey", "LNSO", "every_2_5_years", 2023,
     "national", ["remittances_received", "household_members_abroad"],
     ["sex", "income", "geographic_location"], "on_request", "fair",
     "Remittances under-reported; no data on use of remittances."),
    ("Cost of Migration Survey 2024", "migration_survey", "UPA-MRC", "one_off", 2024, "pilot",
     ["recruitment_costs", "reason_for_migration"], ["sex", "age", "occupation"], "on_request",
     "fair", "Pilot in two provinces only; needed nationally for SDG 10.7.1."),
    ("Outgoing Worker Registration System", "work_permits", "DOE", "continuous", 2025,
     "national", ["country_of_destination", "reason_for_migration"],
     ["sex", "age", "occupation", "geographic_location"], "agreement", "good",
     "Workers leaving through informal channels are not registered."),
    ("Residence Permit Database", "residence_permits", "MOI", "continuous", 2025, "national",
     ["country_of_citizenship", "legal_status"], ["sex", "age", "citizenship"], "restricted",
     "fair", "Not linked to the population register; duplicates across renewals."),
    ("Border Management Information System", "border_statistics", "BIS", "continuous", 2025,
     "national", ["country_of_citizenship", "reason_for_migration"],
     ["sex", "age", "citizenship"], "restricted", "good",
     "Purpose of travel self-declared; land borders in the north only partly covered."),
    ("Visa Issuance Records", "visas", "MFA", "continuous", 2025, "national",
     ["country_of_citizenship"], ["citizenship", "sex"], "restricted", "fair",
     "Paper records at three consulates."),
    ("Consular Registry of Nationals Abroad", "consular_records", "MFA", "continuous", 2025,
     "nationals_abroad", ["country_of_residence"], ["sex", "age"], "restricted", "poor",
     "Registration voluntary; probably covers under a third of emigrants."),
    ("Civil Registration System", "civil_registration", "CRD", "continuous", 2025, "national",
     ["country_of_citizenship"], ["sex", "age", "geographic_location"], "on_request", "fair",
     "Births to foreign parents not flagged consistently."),
    ("Balance of Payments Statistics", "bop_remittances", "CBL", "quarterly", 2025, "national",
     ["remittances_received", "remittances_sent"], [], "open", "good",
     "Informal channels estimated at 30% of flows are missing."),
    ("Remittance Price Monitoring", "remittance_prices", "CBL", "quarterly", 2025, "national",
     ["remittances_received"], [], "open", "good", "Covers only the four main corridors."),
    ("Education Management Information System", "education_admin", "MOE", "annual", 2025,
     "national", ["country_of_citizenship"], ["sex", "age", "geographic_location"], "on_request",
     "fair", "Outbound students not recorded."),
    ("Health Workforce Registry", "health_workforce", "MOH", "continuous", 2024, "national",
     ["country_of_training"], ["sex", "age", "occupation"], "restricted", "fair",
     "Requests for verification from abroad not counted systematically."),
    ("Social Security Contributions Register", "social_security_tax", "MLSP", "continuous", 2025,
     "national", ["country_of_citizenship"], ["sex", "age", "citizenship", "income"],
     "restricted", "good", "Workers abroad contributing voluntarily are not identifiable."),
    ("Trafficking Case Database", "trafficking_cases", "NATC", "continuous", 2025, "national",
     ["country_of_citizenship", "reason_for_migration"], ["sex", "age", "citizenship"],
     "restricted", "fair", "Police and NGO cases not reconciled."),
    ("Asylum Registration (with UNHCR)", "asylum_refugee", "MOI", "continuous", 2025, "national",
     ["country_of_citizenship", "legal_status"], ["sex", "age", "citizenship"], "restricted",
     "good", "Small numbers; published yearly only."),
    ("Missing Migrants Records", "missing_migrants", "IOM", "continuous", 2025, "national",
     ["country_of_citizenship"], ["sex", "age"], "open", "fair",
     "Relies on media and NGO reports for deaths on the western route."),
    ("Displacement Tracking (floods 2024)", "displacement_tracking", "MEDM", "one_off", 2024,
     "subnational", ["previous_residence", "reason_for_migration"],
     ["sex", "age", "geographic_location"], "open", "fair", "Only flood-affected districts."),
    ("Migration Governance Indicators assessment", "policy_inventory", "IOM", "one_off", 2023,
     "national", [], [], "open", "good", "Needs an update after the 2025 labour law."),
    ("Multiple Indicator Cluster Survey", "dhs_mics", "LNSO", "every_2_5_years", 2021,
     "national", ["household_members_abroad"], ["sex", "age", "geographic_location", "income"],
     "open", "good", "Children left behind not identified."),
    ("Population Register", "population_register", "CRD", "continuous", 2025, "national",
     ["country_of_birth", "country_of_citizenship", "previous_residence"],
     ["sex", "age", "geographic_location"], "restricted", "poor",
     "Departures rarely deregistered, so emigrants stay on the register."),
    ("Recruitment Agency Licensing Records", "work_permits", "DOE", "continuous", 2025,
     "national", [], [], "on_request", "fair", "No data on fees actually charged."),
    ("Mobile Network Mobility Pilot", "nontraditional_data", "LNSO", "one_off", 2025, "pilot",
     ["previous_residence"], ["geographic_location"], "agreement", "unknown",
     "Experimental; methodology not yet validated."),
    ("Action plan monitoring records", "policy_inventory", "MPD", "continuous", 2026,
     "national", [], [], "open", "good",
     "Kept by the working group's secretariat from 2026; counts of measures, not people."),
    ("Diaspora Skills Survey", "migration_survey", "DAB", "one_off", 2024, "nationals_abroad",
     ["country_of_residence", "year_of_arrival"], ["sex", "age", "education", "occupation"],
     "on_request", "fair", "Online convenience sample, not representative."),
]

# code, name, framework, sdg indicator, gcm, unit, baseline, base year, target, target year,
# responsible, disaggregations, [(source name, level)]
INDICATORS = [
    ("10.7.1", "Recruitment cost borne by employee as a proportion of monthly income earned in "
     "country of destination", "sdg", "10.7.1", ["6"], "%", 42.0, 2024, 25.0, 2030, "DOE",
     ["sex", "occupation"], [("Cost of Migration Survey 2024", "partial"),
                             ("Labour Force Survey", "planned")]),
    ("10.7.2", "Migration policies that facilitate orderly, safe, regular and responsible "
     "migration (domains fully met)", "sdg", "10.7.2", ["23"], "domains", 3, 2023, 6, 2030,
     "MPD", [], [("Migration Governance Indicators assessment", "full")]),
    ("10.7.3", "Nationals who died or disappeared in the process of migration", "sdg", "10.7.3",
     ["8"], "persons", 57, 2024, None, None, "MFA", ["sex", "age"],
     [("Missing Migrants Records", "partial"), ("Consular Registry of Nationals Abroad",
                                                "proxy")]),
    ("10.c.1", "Remittance costs as a proportion of the amount remitted", "sdg", "10.c.1",
     ["20"], "%", 6.8, 2025, 3.0, 2030, "CBL", [],
     [("Remittance Price Monitoring", "full")]),
    ("17.3.2", "Volume of remittances as a proportion of GDP", "sdg", "17.3.2", ["20"], "% GDP",
     11.4, 2025, None, None, "CBL", [], [("Balance of Payments Statistics", "full"),
                                          ("Household Budget Survey", "proxy")]),
    ("8.8.1", "Fatal and non-fatal occupational injuries per 100,000 workers, by migrant status",
     "sdg", "8.8.1", ["6"], "per 100,000", None, None, None, None, "MLSP",
     ["sex", "migratory_status"], [("Social Security Contributions Register", "partial")]),
    ("16.2.2", "Victims of human trafficking per 100,000 population", "sdg", "16.2.2", ["10"],
     "per 100,000", 1.9, 2024, None, None, "NATC", ["sex", "age"],
     [("Trafficking Case Database", "full")]),
    ("16.9.1", "Children under 5 whose births have been registered", "sdg", "16.9.1", ["4"],
     "%", 88.0, 2021, 98.0, 2030, "CRD", ["sex", "geographic_location", "migratory_status"],
     [("Civil Registration System", "full"), ("Multiple Indicator Cluster Survey", "full")]),
    ("3.c.1", "Health worker density and distribution", "sdg", "3.c.1", ["18"],
     "per 10,000", 21.0, 2024, 30.0, 2030, "MOH", ["geographic_location"],
     [("Health Workforce Registry", "full")]),
    # 4.b.1 counts aid for scholarships (received), not students going abroad
    ("4.b.1", "Volume of official development assistance flows for scholarships", "sdg", "4.b.1",
     ["18"], "USD", None, None, None, None, "MOE", [],
     [("Education Management Information System", "none")]),
    # national adaptations of SDG indicators are national indicators that cite the SDG one
    ("LDP-2.1", "Migrant workers and their families covered by social protection", "national",
     "1.3.1", ["22"], "%", 12.0, 2024, 40.0, 2030, "MLSP", ["sex", "migratory_status"],
     [("Social Security Contributions Register", "partial")]),
    ("10.7.4", "Refugees by country of origin as a proportion of the population", "sdg",
     "10.7.4", ["23"], "%", 0.02, 2025, None, None, "MOI", ["sex", "age"],
     [("Asylum Registration (with UNHCR)", "full")]),
    ("LDP-3.2", "Returning migrant workers placed in jobs within 6 months", "national", None,
     ["21"], "%", None, None, 50.0, 2030, "DOE", ["sex", "geographic_location"],
     [("Labour Force Survey", "proxy")]),
    ("LDP-3.4", "Registered outgoing workers who completed pre-departure orientation",
     "national", None, ["3", "6"], "%", 61.0, 2025, 95.0, 2030, "DOE", ["sex"],
     [("Outgoing Worker Registration System", "full")]),
    ("LDP-5.1", "Diaspora investment through the diaspora bond", "national", None, ["19"],
     "million LVD", 0.0, 2025, 50.0, 2030, "DAB", [], [("Diaspora Skills Survey", "none")]),
    ("LDP-6.3", "Households displaced by disasters supported to relocate", "national", "1.5.1",
     ["2"], "households", 1200, 2024, None, None, "MEDM", ["geographic_location"],
     [("Displacement Tracking (floods 2024)", "partial")]),
    ("GCM-1", "Migration statistics published with disaggregation by sex, age and migratory "
     "status", "gcm", "17.18.1", ["1"], "tables", 4, 2025, 20, 2028, "LNSO",
     ["sex", "age", "migratory_status"], [("Population and Housing Census 2022", "partial"),
                                           ("Labour Force Survey", "partial")]),
    ("PX-1", "Emigrant stock estimated from household members abroad", "proxy", None, ["1"],
     "persons", 310000, 2022, None, None, "LNSO", ["sex", "age", "geographic_location"],
     [("Population and Housing Census 2022", "proxy"), ("Labour Force Survey", "proxy")]),
    ("PX-2", "Foreign-trained health workers registered", "proxy", "3.c.1", ["18"], "persons",
     None, None, None, None, "MOH", ["sex"], [("Health Workforce Registry", "planned")]),
    ("LDP-3.1", "Unemployment rate of return migrants", "national", "8.5.2", ["21"], "%", 14.5,
     2025,
     9.0, 2030, "LNSO", ["sex", "age"], [("Labour Force Survey", "full")]),
    # the migration situation: the stocks, flows and remittances a migration profile records
    ("MP-1", "International migrant stock (foreign-born residents)", "national", None, ["1"],
     "persons", 127900, 2025, None, None, "LNSO", ["sex", "age", "geographic_location"],
     [("Population and Housing Census 2022", "full"), ("Population Register", "proxy")]),
    ("MP-2", "International migrant stock as a share of the population", "national", None,
     ["1"], "%", 2.06, 2025, None, None, "LNSO", ["sex"],
     [("Population and Housing Census 2022", "full"), ("Population Register", "proxy")]),
    ("MP-3", "Nationals living abroad (emigrant stock in destination countries)", "national",
     None, ["1", "14"], "persons", 781000, 2024, None, None, "LNSO", ["sex", "age"],
     [("Consular Registry of Nationals Abroad", "proxy")]),
    ("MP-4", "Returning migrants in the past 12 months", "national", None, ["21"], "persons",
     26100, 2025, None, None, "LNSO", ["sex", "age", "geographic_location"],
     [("Labour Force Survey", "partial")]),
    ("MP-5", "Refugees and asylum seekers hosted", "national", None, [], "persons", 7100, 2025,
     None, None, "MOI", ["sex", "age", "citizenship"],
     [("Asylum Registration (with UNHCR)", "full")]),
    ("MP-6", "Internal migrants (living outside their province of birth)", "national", None,
     [], "persons", 771000, 2019, None, None, "LNSO", ["sex", "geographic_location"],
     [("Population Register", "proxy"), ("Mobile Network Mobility Pilot", "planned")]),
    ("MP-7", "Personal remittances received", "national", None, ["20"], "million USD", 2505,
     2025, None, None, "CBL", [], [("Balance of Payments Statistics", "full")]),
    ("MP-8", "Diaspora size (emigrants and their descendants)", "national", None, ["19"],
     "persons", 1200000, 2024, None, None, "DAB", ["sex", "age"],
     [("Diaspora Skills Survey", "proxy"), ("Consular Registry of Nationals Abroad", "proxy")]),
    ("MP-9", "Workers deployed abroad through registered channels", "national", None,
     ["5", "6"], "persons", 74500, 2025, 90000, 2030, "DOE",
     ["sex", "occupation", "geographic_location"],
     [("Outgoing Worker Registration System", "full")]),
    ("MP-10", "Immigrants admitted (first residence permits issued)", "national", None, ["5"],
     "persons", 14100, 2025, None, None, "MOI", ["sex", "citizenship"],
     [("Residence Permit Database", "full")]),
    # what the actions of the plan change, where no SDG or GCM indicator measures it
    ("11.1.1", "Urban population living in slums, informal settlements or inadequate housing",
     "sdg", "11.1.1", ["15"], "%", 23.4, 2022, 20.0, 2030, "CPA", [],
     [("Population and Housing Census 2022", "partial")]),
    ("LDP-1.1", "Line ministries whose planning staff are trained in migration mainstreaming",
     "national", None, ["23"], "ministries", 0, 2026, 12, 2027, "MPD", [],
     [("Action plan monitoring records", "full")]),
    ("LDP-1.2", "Migrant, diaspora and civil society organisations with a seat in a migration "
     "coordination mechanism", "national", None, ["16", "19"], "organisations", 0, 2026, 8,
     2028, "MPD", [], [("Action plan monitoring records", "full")]),
    ("LDP-1.3", "Municipalities with a migration focal point", "national", None, ["16"],
     "municipalities", 0, 2026, 5, 2028, "MLG", [], [("Action plan monitoring records", "full")]),
    ("LDP-1.4", "Studies on migration completed and presented to the working group", "national",
     None, ["1"], "studies", 0, 2026, 6, 2030, "MPD", [],
     [("Action plan monitoring records", "full")]),
    ("LDP-3.5", "Skills partnerships concluded with countries of destination", "national", None,
     ["18"], "partnerships", 0, 2026, 2, 2030, "MOE", [],
     [("Action plan monitoring records", "full")]),
    ("LDP-3.6", "Outgoing workers cleared through the single exit procedure", "national", None,
     ["6", "12"], "%", 0.0, 2026, 100.0, 2028, "DOE", [],
     [("Outgoing Worker Registration System", "partial")]),
    ("LDP-3.7", "Complaints of workers abroad settled through the consulates", "national", None,
     ["14"], "%", 38.0, 2025, 75.0, 2030, "MFA", [],
     [("Consular Registry of Nationals Abroad", "partial")]),
    ("LDP-4.1", "Children under 18 with a parent living abroad", "national", None, ["7"], "%",
     None, None, None, None, "MGCY", ["sex", "age", "geographic_location"],
     [("Multiple Indicator Cluster Survey", "planned")]),
    ("LDP-6.5", "Migrants held in immigration detention for more than 90 days", "national", None,
     ["13"], "persons", 214, 2025, 0, 2028, "MOI", [],
     [("Residence Permit Database", "partial")]),
]

# What each indicator measures (enums.MIGRATION_TOPICS), keyed by code: the situation
# chapter groups its key figures by topic.
INDICATOR_TOPICS = {
    "10.7.1": "labour", "10.7.2": "other", "10.7.3": "flows", "10.c.1": "remittances",
    "17.3.2": "remittances", "8.8.1": "labour", "16.2.2": "other", "16.9.1": "other",
    "3.c.1": "labour", "4.b.1": "other", "LDP-2.1": "labour", "10.7.4": "displacement",
    "LDP-3.2": "returns", "LDP-3.4": "labour", "LDP-5.1": "diaspora", "LDP-6.3": "displacement",
    "GCM-1": "other", "PX-1": "stocks", "PX-2": "labour", "LDP-3.1": "returns",
    "MP-1": "stocks", "MP-2": "stocks", "MP-3": "stocks", "MP-4": "returns",
    "MP-5": "displacement", "MP-6": "internal", "MP-7": "remittances", "MP-8": "diaspora",
    "MP-9": "labour", "MP-10": "flows", "11.1.1": "internal", "LDP-1.1": "other",
    "LDP-1.2": "diaspora", "LDP-1.3": "other", "LDP-1.4": "other", "LDP-3.5": "labour",
    "LDP-3.6": "labour", "LDP-3.7": "labour", "LDP-4.1": "other", "LDP-6.5": "other",
}

# The evidence the working group brought together, as the statistical office and the
# agencies published it: indicator code, data source name (None when the figure comes
# from outside the inventory: the note says where), {year: total}, note. Gaps on purpose:
# 8.8.1, 4.b.1, LDP-3.2, PX-2 and LDP-4.1 (the MICS module will measure it) have no value;
# MP-6's latest value is from 2019, more than five years before the workshop; MP-8 is never
# disaggregated though it asks to be.
INDICATOR_SERIES: list[tuple[str, str | None, dict[int, float], str | None]] = [
    ("MP-1", None, {2011: 96400}, "Population and Housing Census 2011."),
    ("MP-1", "Population Register", {2015: 104900, 2018: 112300, 2020: 109800, 2024: 124200,
                                     2025: 127900}, None),
    ("MP-1", "Population and Housing Census 2022", {2022: 118650}, None),
    ("MP-2", "Population Register", {2011: 1.69, 2015: 1.79, 2018: 1.88, 2020: 1.81,
                                     2024: 2.01, 2025: 2.06}, None),
    ("MP-2", "Population and Housing Census 2022", {2022: 1.94}, None),
    ("MP-3", None, {2010: 612000, 2015: 688000, 2020: 745000, 2024: 781000},
     "UN DESA International Migrant Stock, from destination countries' censuses."),
    ("PX-1", "Population and Housing Census 2022", {2022: 310000}, None),
    ("MP-4", "Labour Force Survey", {2015: 18400, 2016: 19100, 2017: 20300, 2018: 21800,
                                     2019: 22500, 2020: 41700, 2021: 29900, 2022: 24600,
                                     2023: 23800, 2024: 25200, 2025: 26100},
     "Migration module of the second quarter."),
    ("MP-10", "Residence Permit Database", {2015: 8200, 2016: 8900, 2017: 9600, 2018: 10400,
                                            2019: 11100, 2020: 6300, 2021: 8800, 2022: 11900,
                                            2023: 12700, 2024: 13400, 2025: 14100}, None),
    ("MP-5", "Asylum Registration (with UNHCR)", {2014: 2150, 2015: 2900, 2016: 3400,
                                                  2017: 3650, 2018: 3900, 2019: 4100,
                                                  2020: 4350, 2021: 4800, 2022: 5600,
                                                  2023: 6200, 2024: 6750, 2025: 7100}, None),
    ("10.7.4", None, {2015: 0.031, 2016: 0.029, 2017: 0.027, 2018: 0.026, 2019: 0.024,
                      2020: 0.023, 2021: 0.022, 2022: 0.021, 2023: 0.021, 2024: 0.02,
                      2025: 0.02}, "UNHCR Refugee Data Finder (refugees by country of origin)."),
    ("LDP-6.3", "Displacement Tracking (floods 2024)", {2024: 1200}, None),
    ("MP-6", None, {2011: 702000}, "Population and Housing Census 2011."),
    ("MP-6", "Population Register", {2016: 748000, 2019: 771000},
     "Register extract; departures rarely deregistered."),
    ("MP-7", "Balance of Payments Statistics", {
        2010: 1180, 2011: 1245, 2012: 1310, 2013: 1402, 2014: 1475, 2015: 1390, 2016: 1420,
        2017: 1530, 2018: 1640, 2019: 1710, 2020: 1655, 2021: 1890, 2022: 2120, 2023: 2260,
        2024: 2390, 2025: 2505}, None),
    ("17.3.2", "Balance of Payments Statistics", {
        2010: 9.1, 2011: 9.3, 2012: 9.5, 2013: 9.8, 2014: 10.0, 2015: 9.6, 2016: 9.4,
        2017: 9.7, 2018: 10.1, 2019: 10.3, 2020: 10.9, 2021: 11.2, 2022: 11.6, 2023: 11.5,
        2024: 11.3, 2025: 11.4}, None),
    ("10.c.1", "Remittance Price Monitoring", {
        2012: 9.8, 2013: 9.5, 2014: 9.1, 2015: 8.9, 2016: 8.6, 2017: 8.2, 2018: 7.9, 2019: 7.6,
        2020: 7.4, 2021: 7.2, 2022: 7.1, 2023: 7.0, 2024: 6.9, 2025: 6.8},
     "Average cost of sending 200 USD in the four main corridors."),
    ("MP-8", None, {2018: 1050000}, "Diaspora mapping study 2018 (estimate)."),
    ("MP-8", "Diaspora Skills Survey", {2024: 1200000}, "Estimate; not representative."),
    ("LDP-5.1", "Diaspora Skills Survey", {2025: 0.0}, "The bond has not been issued yet."),
    ("MP-9", "Outgoing Worker Registration System", {
        2010: 38200, 2011: 40900, 2012: 44100, 2013: 47600, 2014: 51300, 2015: 49800,
        2016: 52700, 2017: 56900, 2018: 61200, 2019: 64800, 2020: 23400, 2021: 41600,
        2022: 58900, 2023: 66300, 2024: 71200, 2025: 74500}, None),
    ("10.7.1", "Cost of Migration Survey 2024", {2024: 42.0}, "Pilot in two provinces."),
    ("LDP-2.1", "Social Security Contributions Register", {2022: 9.5, 2023: 10.8, 2024: 12.0},
     None),
    ("LDP-3.4", "Outgoing Worker Registration System", {2023: 48.0, 2024: 55.0, 2025: 61.0},
     None),
    ("3.c.1", "Health Workforce Registry", {2016: 19.2, 2017: 19.6, 2018: 19.9, 2019: 20.1,
                                            2020: 20.8, 2021: 20.3, 2022: 20.6, 2023: 20.9,
                                            2024: 21.0}, None),
    ("LDP-3.1", "Labour Force Survey", {2021: 18.2, 2022: 16.9, 2023: 15.8, 2024: 15.1,
                                        2025: 14.5}, None),
    ("10.7.2", "Migration Governance Indicators assessment", {2019: 2, 2023: 3}, None),
    ("10.7.3", "Missing Migrants Records", {2019: 31, 2020: 22, 2021: 38, 2022: 49, 2023: 61,
                                            2024: 57}, None),
    ("16.2.2", "Trafficking Case Database", {2018: 1.2, 2019: 1.4, 2020: 1.1, 2021: 1.5,
                                             2022: 1.7, 2023: 1.8, 2024: 1.9}, None),
    ("16.9.1", "Multiple Indicator Cluster Survey", {2016: 84.0, 2021: 88.0}, None),
    ("GCM-1", None, {2023: 2, 2024: 3, 2025: 4}, "Tables published by the statistics office."),
    ("11.1.1", "Population and Housing Census 2022", {2022: 23.4}, "Urban households."),
    *[(code, "Action plan monitoring records", {2026: 0.0}, "Baseline when the plan starts.")
      for code in ("LDP-1.1", "LDP-1.2", "LDP-1.3", "LDP-1.4", "LDP-3.5", "LDP-3.6")],
    ("LDP-3.7", "Consular Registry of Nationals Abroad", {2025: 38.0},
     "Three consulates with a labour attaché."),
    ("LDP-6.5", "Residence Permit Database", {2024: 236, 2025: 214},
     "Detention orders recorded with the permit refusals."),
]

_REGIONS = ("Capital Region", "Northern Province", "Coastal Province", "Eastern Highlands")


def _groups(names: tuple[str, ...] | list[str], values: list[float]) -> dict[str, float]:
    return dict(zip(names, values, strict=True))


# Disaggregated values: indicator code, data source name (None: see the note), year,
# dimension (disaggregations.csv), {group: value}, note.
INDICATOR_BREAKDOWNS: list[
    tuple[str, str | None, int, str, dict[str, float], str | None]
] = [
    ("MP-1", "Population and Housing Census 2022", 2022, "sex",
     {"Female": 55100, "Male": 63550}, None),
    ("MP-1", "Population and Housing Census 2022", 2022, "age",
     {"0–14": 14200, "15–24": 18900, "25–64": 76300, "65+": 9250}, None),
    ("MP-1", "Population and Housing Census 2022", 2022, "geographic_location",
     _groups(_REGIONS, [61700, 12400, 29650, 14900]), None),
    ("MP-1", "Population Register", 2025, "sex", {"Female": 59800, "Male": 68100}, None),
    ("MP-2", "Population and Housing Census 2022", 2022, "sex",
     {"Female": 1.8, "Male": 2.08}, None),
    ("MP-3", "Consular Registry of Nationals Abroad", 2024, "sex",
     {"Female": 372000, "Male": 409000}, "Shares from the registry applied to the total."),
    ("PX-1", "Population and Housing Census 2022", 2022, "sex",
     {"Female": 128000, "Male": 182000}, None),
    ("MP-4", "Labour Force Survey", 2020, "sex", {"Female": 14100, "Male": 27600}, None),
    ("MP-4", "Labour Force Survey", 2025, "sex", {"Female": 9400, "Male": 16700}, None),
    ("MP-10", "Residence Permit Database", 2025, "sex", {"Female": 5900, "Male": 8200}, None),
    ("MP-5", "Asylum Registration (with UNHCR)", 2025, "sex",
     {"Female": 3300, "Male": 3800}, None),
    ("MP-5", "Asylum Registration (with UNHCR)", 2025, "age",
     {"0–17": 2900, "18–59": 3950, "60+": 250}, None),
    ("MP-6", None, 2011, "sex", {"Female": 361000, "Male": 341000},
     "Population and Housing Census 2011."),
    ("MP-9", "Outgoing Worker Registration System", 2025, "occupation",
     {"Construction": 22100, "Care and domestic work": 17800, "Manufacturing": 13400,
      "Agriculture": 9900, "Health": 4300, "Other": 7000}, None),
    ("MP-9", "Outgoing Worker Registration System", 2025, "geographic_location",
     _groups(_REGIONS, [14900, 31300, 17100, 11200]), "Province of last residence."),
    *[("MP-9", "Outgoing Worker Registration System", year, "sex",
       {"Female": float(female), "Male": float(male)}, None)
      for year, female, male in ((2020, 8900, 14500), (2021, 14600, 27000),
                                 (2022, 20400, 38500), (2023, 23900, 42400),
                                 (2024, 26300, 44900), (2025, 28300, 46200))],
    ("10.7.1", "Cost of Migration Survey 2024", 2024, "sex", {"Female": 47.5, "Male": 39.0},
     None),
    ("LDP-2.1", "Social Security Contributions Register", 2024, "sex",
     {"Female": 8.1, "Male": 14.6}, None),
    ("LDP-3.4", "Outgoing Worker Registration System", 2025, "sex",
     {"Female": 68.0, "Male": 57.0}, None),
    ("LDP-3.1", "Labour Force Survey", 2025, "sex", {"Female": 17.9, "Male": 12.6}, None),
    ("LDP-3.1", "Labour Force Survey", 2025, "age",
     {"15–24": 27.3, "25–34": 15.2, "35+": 10.8}, None),
    ("16.2.2", "Trafficking Case Database", 2024, "sex", {"Female": 2.9, "Male": 0.9}, None),
    ("16.9.1", "Multiple Indicator Cluster Survey", 2021, "sex",
     {"Female": 88.4, "Male": 87.6}, None),
    ("16.9.1", "Multiple Indicator Cluster Survey", 2021, "geographic_location",
     _groups(_REGIONS, [95.1, 79.3, 88.2, 84.6]), None),
    ("10.7.3", "Missing Migrants Records", 2024, "sex", {"Female": 9, "Male": 48}, None),
]

# sector key, lead acronym, priority, effects of migration, effects on migration, score, gaps,
# recommendations, sdg targets, gcm, [(policy title, kind, year, responsible, addressed, coherence)]
SECTORS = [
    ("employment_labour", "MLSP", "high",
     "One in six workers is abroad; remittances sustain rural households; shortages of "
     "construction and care workers at home.",
     "Low wages and youth unemployment push emigration; weak regulation of recruitment raises "
     "costs for workers.", 3, "Recruitment fees unregulated in practice; no reintegration "
     "services outside the capital.",
     "Enforce the ban on worker-paid fees; open reintegration desks in the Northern Province.",
     ["8.8", "10.7"], ["6", "21"],
     [("Overseas Employment Act", "law", 2019, "DOE", "explicit", "partly"),
      ("National Employment Policy 2023–2027", "policy", 2023, "MLSP", "implicit", "partly")]),
    ("education_skills", "MOE", "medium",
     "Emigration of nurses and teachers; remittances pay school fees.",
     "Skills mismatch drives graduates abroad.", 3,
     "No recognition of skills acquired abroad.",
     "Set up recognition of prior learning for returnees.", ["4.4", "4.b"], ["18"],
     [("TVET Strategy 2022–2030", "strategy", 2022, "MOE", "not_addressed", "unknown")]),
    ("health", "MOH", "high",
     "Nurse emigration leaves rural clinics understaffed.",
     "Poor working conditions drive health workers abroad.", 2,
     "No ethical recruitment agreements with destination countries.",
     "Negotiate health-worker mobility agreements following the WHO Code.", ["3.c", "3.8"],
     ["18", "15"],
     [("Human Resources for Health Plan", "plan", 2021, "MOH", "implicit", "incoherent")]),
    ("agriculture_rural", "MARD", "medium",
     "Farm labour shortages; women run more farms.",
     "Declining yields push young people to town and abroad.", 3,
     "Remittance investment in agriculture not supported.",
     "Link remittance savings to agricultural credit.", ["1.5"], ["2", "19"],
     [("Rural Development Programme", "programme", 2024, "MARD", "not_addressed", "partly")]),
    ("urban_housing", "MLG", "medium",
     "Rapid growth of informal settlements in Port Avel.",
     "Urban services attract rural migrants.", 2, "Newcomers excluded from municipal services.",
     "Plan services for internal migrants in the capital's master plan.", ["11.1"], ["15", "16"],
     [("Port Avel Master Plan", "plan", 2020, "CPA", "not_addressed", "incoherent")]),
    ("social_protection", "MLSP", "high",
     "Families left behind depend on remittances, not on social protection.",
     "Lack of pension portability deters return.", 2,
     "No social security agreements with the main destinations.",
     "Conclude social security agreements with the three main destinations.", ["1.3"], ["22"],
     [("Social Protection Strategy", "strategy", 2021, "MLSP", "implicit", "partly")]),
    ("finance_remittances", "CBL", "high",
     "Remittances equal 11% of GDP; they finance the current account deficit.",
     "High transfer costs push flows into informal channels.", 4,
     "Diaspora bond designed but not issued.",
     "Issue the diaspora bond; license digital transfer providers.", ["10.c", "17.3"], ["20"],
     [("Financial Inclusion Strategy", "strategy", 2022, "CBL", "explicit", "coherent"),
      ("Payment Systems Regulation", "regulation", 2024, "CBL", "explicit", "coherent")]),
    ("private_sector_trade", "MOF", "low",  # a ministry leads, not the employers' federation
     "Diaspora firms import capital goods and know-how.", "Investment climate affects return.",
     3, "No one-stop shop for diaspora investors.", "Open a diaspora investment desk.", [],
     ["19"], [("Investment Promotion Act", "law", 2018, "MOF", "not_addressed", "partly")]),
    ("diaspora", "DAB", "high",
     "Large diaspora in Europe and the Gulf; strong hometown associations.",
     "Consular services shape ties with the diaspora.", 4, "Diaspora mapping outdated.",
     "Update the diaspora mapping with the LNSO.", ["17.16"], ["19", "14"],
     [("Diaspora Engagement Policy", "policy", 2020, "DAB", "explicit", "coherent")]),
    ("environment_climate", "MEDM", "medium",
     "Floods in 2024 displaced 1,200 households.",
     "Drought in the north adds to seasonal migration.", 2,
     "DRR strategy ignores displacement and planned relocation.",
     "Include displacement and planned relocation in the DRR strategy.", ["13.1", "1.5"], ["2"],
     [("National DRR Strategy", "strategy", 2019, "MEDM", "not_addressed", "incoherent")]),
    ("gender", "MGCY", "medium",
     "Women are 60% of domestic workers abroad.",
     "Gender norms restrict regular pathways for women.", 3,
     "Departure restrictions on women push them to irregular channels.",
     "Replace age restrictions with protection measures.", ["5.2", "5.4"], ["7"],
     [("National Gender Policy", "policy", 2022, "MGCY", "implicit", "partly")]),
    ("children_youth", "MGCY", "medium",
     "Children left behind face school drop-out.",
     "Youth unemployment is the main driver.", 3, "No data on children left behind.",
     "Add a children-left-behind module to the MICS.", ["16.2", "16.9"], ["7"],
     [("Child Protection Act", "law", 2017, "MGCY", "implicit", "partly")]),
    ("governance_rights", "MPD", "high",
     "Migration is handled by many bodies without coordination.",
     "Coherent governance lowers costs and risks of migration.", 3,
     "Inter-ministerial group has no budget.",
     "Give the working group a budget line and a secretariat.", ["10.7", "17.18"], ["1", "23"],
     [("Lorvania Development Plan 2026–2030", "plan", 2025, "MPD", "explicit", "partly")]),
    ("security_border", "MOI", "low",
     "Irregular departures through the northern border.",
     "Border procedures shape regular movement.", 3,
     "Screening and referral of vulnerable migrants not formalised.",
     "Adopt standard operating procedures for referral.", ["16.2", "10.7"], ["11", "12"],
     [("Integrated Border Management Strategy", "strategy", 2021, "MOI", "explicit", "partly"),
      ("Anti-Trafficking Law", "law", 2016, "MOJ", "explicit", "coherent")]),
]

PARTICIPANT_NAMES = [
    ("Amara Velen", "female", "MPD", "Director of Planning", "facilitator"),
    ("Tomas Ardel", "male", "MPD", "Senior Economist", "rapporteur"),
    ("Lina Moraz", "female", "MLSP", "Head of Labour Migration Unit", "participant"),
    ("Karim Suleo", "male", "DOE", "Deputy Director", "participant"),
    ("Ines Paldor", "female", "MFA", "Director of Consular Affairs", "participant"),
    ("Oren Valisse", "male", "DAB", "Programme Officer", "participant"),
    ("Sana Oduro", "female", "MOI", "Legal Adviser", "participant"),
    ("Pavel Renko", "male", "BIS", "Head of Statistics Unit", "participant"),
    ("Mireille Tanaz", "female", "MOH", "HR Planning Officer", "participant"),
    ("Daniel Okoro", "male", "MOE", "TVET Coordinator", "participant"),
    ("Ruth Aveline", "female", "MARD", "Policy Analyst", "participant"),
    ("Jonas Kerrel", "male", "MOF", "Budget Officer", "participant"),
    ("Farah El-Masri", "female", "MEDM", "DRR Specialist", "participant"),
    ("Grace Manu", "female", "MGCY", "Gender Focal Point", "participant"),
    ("Victor Stann", "male", "NATC", "Secretary", "participant"),
    ("Helena Brisk", "female", "LNSO", "Director of Social Statistics", "resource_person"),
    ("Samuel Idris", "male", "LNSO", "Census Manager", "participant"),
    ("Olga Petrenko", "female", "CBL", "BoP Statistician", "participant"),
    ("Marco Lindqvist", "male", "PCLSA", "Committee Clerk", "observer"),
    ("Aisha Bello", "female", "NHRC", "Commissioner", "participant"),
    ("Nadia Ferro", "female", "CPA", "Urban Planner", "participant"),
    ("Ibrahim Tal", "male", "NPA", "Provincial Planning Officer", "participant"),
    ("Rosa Quint", "female", "ARMW", "Chairperson", "participant"),
    ("Yusuf Demir", "male", "LDC", "Board Member", "participant"),
    ("Clara Osei", "female", "MRC", "Legal Aid Coordinator", "participant"),
    ("Leila Haddad", "female", "WMN", "Director", "participant"),
    ("Peter Jansen", "male", "LTUC", "Migration Desk Officer", "participant"),
    ("Sofia Reyes", "female", "IOM", "Migration and Development Officer", "resource_person"),
    ("Ahmed Karimi", "male", "UNDP", "Policy Specialist", "resource_person"),
    ("Elena Voss", "female", "RCO", "Development Coordination Officer", "organiser"),
]

SESSIONS = [
    ("Opening and objectives", "workshop", "2026-11-24", "09:00", "10:00", "Plenary"),
    ("Political commitment and coordination", "commitment", "2026-11-24", "10:30", "12:30",
     "Plenary"),
    ("Stakeholder mapping", "institutions", "2026-11-24", "14:00", "17:00", "Groups A and B"),
    ("Data inventory and SDG indicators", "data", "2026-11-25", "09:00", "12:30", "Group C"),
    ("Sectoral review: economy and finance", "sectors", "2026-11-25", "14:00", "17:00",
     "Group A"),
    ("Sectoral review: social sectors", "sectors", "2026-11-25", "14:00", "17:00", "Group B"),
    ("Action plan and priorities", "actions", "2026-11-26", "09:00", "12:30", "Plenary"),
    ("Validation and closing", "actions", "2026-11-26", "14:00", "16:00", "Plenary"),
]

# Core instruments left out on purpose (ICERD, CAT, the 1961 statelessness convention,
# ILO C100, C111, C138, C155, C187…): the report flags them as "no recorded status".
INSTRUMENT_STATUS = {
    "icrmw": ("signed", 2019), "ilo_c097": ("not_party", None), "ilo_c143": ("not_party", None),
    "ilo_c181": ("under_consideration", None), "ilo_c189": ("ratified", 2021),
    "refugee_convention": ("ratified", 1995), "refugee_protocol": ("ratified", 1995),
    "trafficking_protocol": ("ratified", 2005), "smuggling_protocol": ("ratified", 2005),
    "untoc": ("ratified", 2004), "gcm": ("endorsed", 2018), "cedaw": ("ratified", 1992),
    "crc": ("ratified", 1991), "iccpr": ("ratified", 1993), "icescr": ("ratified", 1993),
    "ilo_c102": ("not_party", None), "ilo_c118": ("not_party", None),
    "ilo_c157": ("not_party", None), "ilo_c029": ("ratified", 1998),
    "ilo_p029": ("not_party", None),
    "ilo_c087": ("ratified", 1999), "ilo_c098": ("ratified", 1999), "ilo_c105": ("ratified", 1998),
    "ilo_c182": ("ratified", 2001), "crc_opsc": ("ratified", 2004), "crpd": ("ratified", 2012),
    "statelessness_1954": ("not_party", None), "oau_refugee_convention": ("ratified", 1996),
    "kampala_convention": ("signed", 2010), "ecowas_free_movement": ("ratified", 1980),
    "au_free_movement": ("signed", 2018),
}

# The lead ministry that implements (or would implement) each instrument above, by acronym.
INSTRUMENT_BODY = {
    "icrmw": "MLSP", "ilo_c097": "MLSP", "ilo_c143": "MLSP", "ilo_c181": "MLSP",
    "ilo_c189": "MLSP", "refugee_convention": "MOI", "refugee_protocol": "MOI",
    "trafficking_protocol": "NATC", "smuggling_protocol": "MOI", "untoc": "MOJ", "gcm": "MFA",
    "cedaw": "MGCY", "crc": "MGCY", "iccpr": "MOJ", "icescr": "MOJ", "ilo_c102": "MLSP",
    "ilo_c118": "MLSP", "ilo_c157": "MLSP", "ilo_c029": "MLSP", "ilo_p029": "MLSP",
    "ilo_c087": "MLSP", "ilo_c098": "MLSP", "ilo_c105": "MLSP", "ilo_c182": "MLSP",
    "crc_opsc": "MGCY", "crpd": "MLSP", "statelessness_1954": "MOI",
    "oau_refugee_convention": "MOI", "kampala_convention": "MEDM",
    "ecowas_free_movement": "MOI", "au_free_movement": "MOI",
}

# The legal follow-up of the instruments above: reservations, national implementation,
# reporting to the treaty bodies, recommendations accepted and the group's own note.
INSTRUMENT_FOLLOW_UP: dict[str, dict[str, Any]] = {
    "cedaw": {
        "reservations": "Reservation to article 9(2): a mother cannot pass her nationality to "
                        "a child born abroad.",
        "implementation": "Gender Equality Act 2015; National Gender Policy 2022; gender desks "
                          "in the Department of Overseas Employment.",
        "last_report": 2019, "next_report": 2023,
        "recommendations_accepted": "CEDAW Committee (2020): withdraw the reservation to "
                                    "article 9(2); replace the age ban on women's departure "
                                    "for domestic work with protection measures.",
    },
    "iccpr": {
        "implementation": "Constitution, chapter 3; Immigration Act 2011 allows administrative "
                          "detention of migrants for up to 18 months.",
        "last_report": 2016, "next_report": 2022,
        "recommendations_accepted": "Human Rights Committee (2017): set a maximum period for "
                                    "immigration detention and provide alternatives to it.",
    },
    "crc": {
        "reservations": "Declaration on article 21 (inter-country adoption).",
        "implementation": "Child Protection Act 2017; birth registration free of charge since "
                          "2019.",
        "last_report": 2021, "next_report": 2027,
        "recommendations_accepted": "Committee on the Rights of the Child (2022): register the "
                                    "births of children born to Lorvanian parents abroad; "
                                    "end the detention of children for immigration reasons.",
    },
    "refugee_convention": {
        "reservations": "Reservations to article 17 (wage-earning employment) and article 26 "
                        "(freedom of movement).",
        "implementation": "Refugee Act 1998; National Eligibility Committee under the Ministry "
                          "of Interior.",
    },
    "trafficking_protocol": {
        "implementation": "Anti-Trafficking Law 2016; National Anti-Trafficking Committee; a "
                          "national referral mechanism is in draft.",
    },
    "ilo_c189": {
        "implementation": "Domestic Workers Regulation 2022; standard employment contract for "
                          "domestic workers going abroad.",
        "last_report": 2024, "next_report": 2027,
    },
    "icescr": {"last_report": 2018, "next_report": 2024},
    "icrmw": {
        "recommendations_accepted": "Universal Periodic Review, third cycle (2022): accepted "
                                    "the recommendations to ratify the ICRMW and to accede to "
                                    "the 1954 and 1961 statelessness conventions.",
        "notes": "The Ministry of Foreign Affairs prepares the ratification file for "
                 "Parliament.",
    },
    "ilo_c097": {"notes": "MLSP to prepare a gap study of the Overseas Employment Act against "
                          "C097 and C143 together with the ICRMW ratification."},
    "ilo_c143": {"notes": "See the gap study recommended for C097."},
    "au_free_movement": {"notes": "Ratification depends on the ECOWAS biometric identity card "
                                  "roll-out; the Border and Immigration Service to report."},
}

# tension links (source, target acronyms) → what the group said about them
TENSION_NOTES = {
    ("ALRA", "DOE"): "Agencies contest the new cap on placement fees and the licence "
                     "suspensions of 2025.",
    ("MRC", "DOE"): "Complaints of workers abroad are handled by the body that licenses the "
                    "agencies: no independent channel.",
    ("MOI", "DOE"): "Both keep a register of outgoing workers and both issue an exit "
                    "clearance; the two lists do not match.",
}

# stakeholder acronym → gaps and overlaps the group noted
STAKEHOLDER_GAPS = {
    "MOJ": "Drafts every migration-related law but sits in no coordination mechanism on "
           "migration.",
    "NATC": "No budget line of its own; the referral of victims depends on NGO shelters.",
    "MEDM": "No body has the mandate for planned relocation of communities at risk of floods.",
    "DOE": "Licenses, inspects and hears complaints against recruitment agencies at once.",
}

# sector key → (human rights, gender effects, groups in vulnerable situations,
# other sectors affected, knock-on effects); sectors left out have no finding yet
SECTOR_RIGHTS: dict[str, tuple[str, str, list[str], list[str], str]] = {
    "employment_labour": (
        "Migrant workers in Lorvania (mostly from neighbouring countries, in construction and "
        "agriculture) are excluded from the minimum wage order; workers abroad have no "
        "complaint channel independent of the licensing authority.",
        "Women are steered to domestic work abroad, men to construction; women's contracts "
        "are shorter and less often inspected.",
        ["domestic_workers", "irregular", "returnees"],
        ["social_protection", "education_skills"],
        "Recruitment fees paid by workers reduce the remittances households receive and delay "
        "children's schooling; returnees without contributions fall back on social "
        "assistance."),
    "education_skills": (
        "Children of migrant workers without residence permits cannot sit national exams.",
        "Girls left behind leave school earlier than boys when a mother emigrates.",
        ["families_left_behind", "irregular"],
        ["employment_labour"],
        "Recognition of skills acquired abroad would let returnees re-enter the labour market "
        "at their level."),
    "health": (
        "Migrants in an irregular situation are charged full fees for emergency care; "
        "pre-departure medical tests include pregnancy tests.",
        "Nurse emigration is 90% female; the clinics they leave serve mostly mothers and "
        "children.",
        ["irregular", "women_girls"],
        ["education_skills", "social_protection"],
        "Health workforce losses raise the demand for training places and weaken maternal "
        "health services the social protection floor relies on."),
    "agriculture_rural": (
        "",
        "Women running farms while men are abroad cannot register land or obtain credit in "
        "their own name.",
        ["families_left_behind", "women_girls"],
        ["finance_remittances"],
        "Agricultural credit linked to remittances depends on the transfer costs the central "
        "bank regulates."),
    "urban_housing": (
        "Internal migrants in informal settlements are not registered as residents and "
        "cannot enrol children or use municipal clinics.",
        "Women heads of household in the settlements face eviction without alternative "
        "housing.",
        ["idps"],
        ["health", "education_skills"],
        "Unregistered residents do not count in the planning of schools and clinics."),
    "social_protection": (
        "Workers abroad and their families cannot contribute to the national pension scheme; "
        "migrant workers in Lorvania are excluded from health insurance.",
        "Women who interrupt contributions to work abroad as domestic workers reach old age "
        "without a pension.",
        ["older", "families_left_behind", "domestic_workers"],
        [],
        ""),
    "finance_remittances": (
        "",
        "Women receive two thirds of remittances but hold fewer bank accounts and pay higher "
        "fees through informal channels.",
        ["women_girls"],
        ["agriculture_rural", "private_sector_trade"],
        "Cheaper digital transfers would free savings for agricultural credit and diaspora "
        "investment."),
    "diaspora": (
        "", "", [],
        ["finance_remittances", "private_sector_trade"],
        "A diaspora bond and an investment desk depend on the mapping of the diaspora."),
    "environment_climate": (
        "Households displaced by the 2024 floods have no legal status as displaced persons "
        "and lost their civil documents.",
        "Displaced women lack privacy and protection in collective shelters.",
        ["idps", "disability", "older"],
        ["urban_housing", "agriculture_rural"],
        "Displacement from the north adds to informal settlements in Port Avel and leaves "
        "farmland idle."),
    "gender": (
        "The ban on women under 30 travelling for domestic work discriminates by sex and age "
        "and pushes women to irregular channels.",
        "Protection measures, not travel bans, reduce the risks women face; men in "
        "construction abroad are not reached by any programme.",
        ["women_girls", "trafficking", "domestic_workers"],
        ["employment_labour", "security_border"],
        "Lifting the age ban changes who the Department of Overseas Employment registers and "
        "who the border service screens."),
    "children_youth": (
        "Children born abroad to Lorvanian mothers and foreign fathers risk statelessness "
        "(reservation to CEDAW article 9(2)).",
        "Boys left behind drop out of school to work; girls take on care work.",
        ["stateless", "families_left_behind"],
        ["education_skills"],
        "School drop-out among children left behind lowers the skills of the next cohort."),
    "governance_rights": (
        "The Human Rights Commission cannot visit immigration detention without notice; "
        "legal aid is not available to non-nationals.",
        "No gender analysis was done for the migration chapter of the plan.",
        ["irregular", "refugees"],
        [],
        ""),
    "security_border": (
        "Migrants can be detained for up to 18 months without judicial review; no "
        "alternatives to detention exist for families or children.",
        "Screening at the border does not identify women at risk of trafficking.",
        ["trafficking", "children", "refugees", "irregular"],
        ["employment_labour", "governance_rights"],
        "Exit clearance at the border duplicates the labour ministry's registration of "
        "outgoing workers."),
}

# in the order of readiness_items.csv; each answer agrees with the records it rests on
# (the working group's terms of reference are adopted; the budget line is only proposed;
# the statistics office chairs the data working group)
READINESS_STATUS = ["yes", "yes", "partly", "yes", "yes", "partly", "no", "no", "partly",
                    "yes", "partly", "no"]
READINESS_EVIDENCE = [
    "Council of Ministers decision CM/2025/117 of 3 June 2025.",
    "MPD named lead body; national focal point appointed by ministerial order.",
    "IOM consultant supports the focal point until the plan is validated; no national "
    "facilitator trained yet.",
    "Support group of MPD, MLSP, MFA and LNSO meets weekly.",
    "Inter-Ministerial Working Group active; terms of reference adopted in 2025.",
    "National Migration Consultative Forum proposed; migrant and diaspora groups invited "
    "to this consultation only.",
    "No briefing of parliament, local governments or the media before the consultation.",
    "A budget line is proposed for the 2027 budget; the work is funded by IOM and UNDP.",
    "Migration chapter drafted for the Lorvania Development Plan 2026–2030; not yet "
    "costed in the plan's results framework.",
    "LNSO chairs the Technical Working Group on Migration Data; data plan in preparation.",
    "Northern Province administration took part; other provinces not yet involved.",
    "No GCM national implementation plan; a voluntary GCM review is being considered.",
]

# title, description, step, sector key, responsible, timeframe, priority, cost, indicator code,
# sdg, gcm
ACTIONS = [
    ("Adopt a budget line for the inter-ministerial working group",
     "Secretariat of two staff and an annual budget for the working group.", "commitment",
     "governance_rights", "MOF", "short", "high", 120000, "10.7.2", ["10.7"], ["23"]),
    ("Issue terms of reference for the thematic sub-committees",
     "Data, labour, diaspora and protection sub-committees.", "commitment", "governance_rights",
     "MPD", "short", "high", 5000, "10.7.2", ["10.7"], ["23"]),
    ("Ratify ILO Convention No. 181", "Align licensing of recruitment agencies.", "commitment",
     "employment_labour", "MLSP", "medium", "medium", 15000, "10.7.1", ["8.8"], ["6"]),
    ("Ratify the ICRMW", "Complete ratification of the Migrant Workers Convention.",
     "commitment", "governance_rights", "MFA", "medium", "medium", 10000, "10.7.2", ["10.7"],
     ["23"]),
    ("Include the Diaspora Council in the working group",
     "Give the diaspora a seat in the multi-stakeholder mechanism.", "institutions", "diaspora",
     "DAB", "short", "medium", 2000, "LDP-1.2", ["17.16"], ["19"]),
    ("Resolve the overlap between DOE and MOI on exit clearance",
     "Single procedure for outgoing workers.", "institutions", "employment_labour", "OPM",
     "medium", "high", 25000, "LDP-3.6", ["10.7"], ["6", "12"]),
    ("Nationwide cost of migration module in the LFS",
     "Collect recruitment costs for SDG 10.7.1 every year.", "data", "employment_labour", "LNSO",
     "medium", "high", 180000, "10.7.1", ["10.7", "17.18"], ["1", "6"]),
    ("Link the residence permit database to the population register",
     "Deduplicate records and produce stock statistics.", "data", "governance_rights", "MOI",
     "long", "medium", 350000, "GCM-1", ["17.18"], ["1"]),
    ("Data-sharing agreement between BIS and LNSO",
     "Monthly anonymised entry/exit extracts.", "data", "security_border", "BIS", "short",
     "high", 8000, "GCM-1", ["17.18"], ["1", "11"]),
    ("Add a return migration question to the next census",
     "Prepare the 2032 census questionnaire.", "data", "governance_rights", "LNSO", "long",
     "medium", 40000, "MP-4", ["17.19"], ["1"]),
    ("Children left behind module in the MICS", "Measure the situation of children left behind.",
     "data", "children_youth", "LNSO", "medium", "medium", 60000, "LDP-4.1", ["16.2"], ["7"]),
    ("Publish an annual migration statistics bulletin",
     "Disaggregated by sex, age and migratory status.", "data", "governance_rights", "LNSO",
     "short", "high", 20000, "GCM-1", ["17.18"], ["1"]),
    ("Enforce the ban on worker-paid recruitment fees",
     "Inspections and sanctions for agencies charging workers.", "sectors", "employment_labour",
     "DOE", "short", "high", 75000, "10.7.1", ["8.8", "10.7"], ["6"]),
    ("Reintegration desks in the Northern Province",
     "Job placement and business advice for returnees.", "sectors", "employment_labour", "DOE",
     "medium", "high", 240000, "LDP-3.2", ["8.5"], ["21"]),
    ("Recognition of prior learning for returnees",
     "Certify skills acquired abroad.", "sectors", "education_skills", "MOE", "medium", "medium",
     90000, "LDP-3.1", ["4.4"], ["18"]),
    ("Health-worker mobility agreements",
     "Negotiate with the two main destination countries.", "sectors", "health", "MOH", "long",
     "high", 50000, "3.c.1", ["3.c"], ["18"]),
    ("Retention incentives for rural nurses", "Housing and hardship allowances.", "sectors",
     "health", "MOH", "medium", "medium", 1200000, "3.c.1", ["3.c"], ["2"]),
    ("Remittance-linked agricultural credit",
     "Credit line for households investing remittances in farming.", "sectors",
     "agriculture_rural", "MARD", "medium", "low", 500000, "17.3.2", ["1.5"], ["19", "20"]),
    ("Services for newcomers in the Port Avel master plan",
     "Plan water, schools and clinics in growth areas.", "sectors", "urban_housing", "CPA",
     "long", "medium", 30000, "11.1.1", ["11.1"], ["15"]),
    ("Social security agreements with main destinations",
     "Portability of pensions.", "sectors", "social_protection", "MLSP", "long", "high", 45000,
     "LDP-2.1", ["1.3"], ["22"]),
    ("Voluntary social insurance for workers abroad",
     "Open the pension scheme to workers abroad.", "sectors", "social_protection", "MLSP",
     "medium", "high", 70000, "LDP-2.1", ["1.3"], ["22"]),
    ("Issue the diaspora bond", "First tranche of 10 million.", "sectors", "finance_remittances",
     "MOF", "medium", "medium", 150000, "LDP-5.1", ["17.3"], ["19"]),
    ("License digital remittance providers",
     "Lower costs in the main corridors.", "sectors", "finance_remittances", "CBL", "short",
     "high", 20000, "10.c.1", ["10.c"], ["20"]),
    ("Diaspora investment desk", "One-stop shop at the investment agency.", "sectors",
     "private_sector_trade", "DAB", "medium", "low", 60000, "LDP-5.1", [], ["19"]),
    ("Update the diaspora mapping", "Survey with the LNSO and consulates.", "sectors",
     "diaspora", "DAB", "short", "medium", 80000, "MP-8", ["17.18"], ["1", "19"]),
    ("Include displacement in the DRR strategy",
     "Planned relocation guidelines and data.", "sectors", "environment_climate", "MEDM",
     "medium", "high", 40000, "LDP-6.3", ["13.1", "1.5"], ["2"]),
    ("Replace age restrictions on women's departure",
     "Protection measures instead of bans.", "sectors", "gender", "MGCY", "short", "high",
     10000, "MP-9", ["5.2"], ["7"]),
    ("Pre-departure orientation for domestic workers",
     "Extend to all districts.", "sectors", "gender", "DOE", "short", "high", 95000, "LDP-3.4",
     ["8.8"], ["3"]),
    ("Referral procedures for vulnerable migrants at borders",
     "Standard operating procedures and training.", "sectors", "security_border", "BIS",
     "medium", "medium", 65000, "16.2.2", ["16.2"], ["12"]),
    ("Victim support fund for trafficking survivors", "Shelter and legal aid.", "sectors",
     "security_border", "NATC", "medium", "high", 110000, "16.2.2", ["16.2"], ["10"]),
    ("Migration in the mid-term review of the Development Plan",
     "Report on migration indicators in the 2028 review.", "actions", "governance_rights", "MPD",
     "medium", "high", 15000, "10.7.2", ["10.7"], ["23"]),
    ("Train line ministries on migration mainstreaming",
     "Two-day course for planning units.", "actions", "governance_rights", "MPD", "short",
     "medium", 35000, "LDP-1.1", ["17.16"], ["23"]),
    ("Municipal migration focal points", "Focal points in five municipalities.", "actions",
     "urban_housing", "MLG", "medium", "low", 25000, "LDP-1.3", ["11.1"], ["16"]),
    ("Public information campaign on safe migration",
     "Radio and social media with the broadcaster.", "actions", "employment_labour", "NBC",
     "short", "medium", 50000, "MP-9", ["10.7"], ["3"]),
    ("Bilateral labour agreement with the main Gulf destination",
     "Include standard contracts and complaint mechanisms.", "actions", "employment_labour",
     "MLSP", "long", "high", 30000, "10.7.1", ["8.8"], ["5", "6"]),
    ("Consular help desks in two destination countries",
     "Labour attachés and legal aid.", "actions", "diaspora", "MFA", "medium", "medium",
     400000, "LDP-3.7", ["10.7"], ["14"]),
    ("Migration research grants", "Small grants to universities.", "actions",
     "education_skills", "UPA-MRC", "medium", "low", 60000, "LDP-1.4", ["17.18"], ["1"]),
    ("Regional dialogue on skills partnerships",
     "Propose a skills partnership at the regional process.", "actions", "education_skills",
     "RCP", "long", "low", 20000, "LDP-3.5", ["4.4"], ["18", "23"]),
    ("Limit immigration detention and provide alternatives to it",
     "A maximum period and judicial review in the Immigration Act; no detention of children; "
     "unannounced visits by the Human Rights Commission.", "sectors", "security_border", "MOI",
     "medium", "high", 45000, "LDP-6.5", ["10.7", "16.b"], ["13"]),
    ("Prevent statelessness of children born abroad",
     "Accede to the 1954 Convention, withdraw the reservation to CEDAW article 9(2) and "
     "register births at the consulates.", "sectors", "children_youth", "MFA", "medium",
     "high", 25000, "16.9.1", ["16.9"], ["4"]),
    ("Legal status and documents for people displaced by disasters",
     "Ratify the Kampala Convention; replace lost civil documents free of charge.", "sectors",
     "environment_climate", "MEDM", "medium", "medium", 55000, "LDP-6.3", ["1.5", "16.9"],
     ["2", "4"]),
    ("Equal treatment of migrant workers in Lorvania",
     "Minimum wage and health insurance for migrant workers; gap study for ILO C097, C143 and "
     "C118.", "sectors", "social_protection", "MLSP", "medium", "high", 35000, "LDP-2.1",
     ["8.8", "1.3"], ["6", "22"]),
    ("Monitoring dashboard for the action plan",
     "Quarterly progress reports to the working group.", "actions", "governance_rights", "MPD",
     "short", "medium", 25000, "10.7.2", ["17.18"], ["1"]),
    ("Validate the action plan in the Council of Ministers",
     "Submit the validated plan with its budget.", "actions", "governance_rights", "OPM",
     "short", "high", 0, "10.7.2", ["10.7"], ["23"]),
]

COMMITMENTS = [
    ("Council of Ministers decision to mainstream migration into the Lorvania Development Plan",
     "cabinet_decision", "national", "adopted", "2025-03-12", "OPM", "MPD", "Amara Velen",
     "planning@mpd.example", "Mandates the Ministry of Planning and Development to integrate "
     "migration into the 2026–2030 plan and to convene an inter-ministerial working group.",
     "Estimates 2026/27, line 14.3 (proposed)", "Decision No. 118/2025"),
    ("Chapter on migration and development in the Lorvania Development Plan 2026–2030",
     "development_plan", "national", "in_preparation", None, "MPD", "MPD", "Tomas Ardel",
     "t.ardel@mpd.example", "Migration targets and indicators integrated into the results "
     "framework of the plan.", None, "Draft plan, chapter 9"),
    ("GCM national implementation plan", "gcm_plan", "national", "proposed", None, "MFA", "MFA",
     "Ines Paldor", "consular@mfa.example", "Voluntary plan ahead of the International "
     "Migration Review Forum.", None, None),
]

MECHANISMS = [
    ("Inter-Ministerial Working Group on Migration and Development", "inter_ministerial", "MPD",
     "active", True, 2025, "monthly",
     "Oversees mainstreaming; validates the action plan; reports to the Council of Ministers.",
     [("MPD", "chair"), ("MLSP", "member"), ("DOE", "member"), ("MFA", "member"),
      ("DAB", "member"), ("MOI", "member"), ("MOF", "member"), ("MOH", "member"),
      ("MOE", "member"), ("LNSO", "member"), ("CBL", "member"), ("MGCY", "member"),
      ("IOM", "observer"), ("UNDP", "observer")]),
    ("Technical Working Group on Migration Data", "technical_group", "LNSO", "active", True,
     2025, "quarterly", "Harmonises definitions, data sharing and the statistics bulletin.",
     [("LNSO", "chair"), ("BIS", "member"), ("DOE", "member"), ("CBL", "member"),
      ("CRD", "member"), ("UPA-MRC", "member"), ("IOM", "secretariat")]),
    ("National Migration Consultative Forum", "multi_stakeholder", "MPD", "proposed", False,
     None, "biannual", "Consults civil society, diaspora, social partners and local authorities.",
     [("MPD", "chair"), ("ARMW", "member"), ("LDC", "member"), ("MRC", "member"),
      ("WMN", "member"), ("LTUC", "member"), ("FLE", "member"), ("CPA", "member"),
      ("NPA", "member"), ("NHRC", "observer")]),
]

# Money, timing, monitoring and priority of each action (issue 14, items 5 and 6), keyed by
# action title: currency (as a user types it), amount secured, funding partner acronym,
# start year, end year, expected impact, feasibility, baseline, target, means of
# verification, monitoring frequency, monitored by (acronym), status. LVD is the
# Lorvanian dollar; EU-funded actions are costed in euros, UN-supported ones in US dollars.
ACTION_FOLLOW_UP: dict[str, tuple[Any, ...]] = {
    "Adopt a budget line for the inter-ministerial working group":
        ("LVD", 60000, None, 2027, 2030, 4, 4, "No budget line", "Budget line in the estimates",
         "Approved budget estimates", "annual", "MOF", "agreed"),
    "Issue terms of reference for the thematic sub-committees":
        ("LVD", 5000, None, 2027, 2027, 3, 5, "No sub-committees", "Four sub-committees meeting",
         "Signed terms of reference; minutes", "quarterly", "MPD", "in_progress"),
    "Ratify ILO Convention No. 181":
        ("USD", 15000, "ILO", 2027, 2028, 3, 3, "Under consideration", "Ratified",
         "Instrument deposited with the ILO", "annual", "MFA", "proposed"),
    "Ratify the ICRMW":
        ("USD", 0, None, 2027, 2028, 4, 3, "Signed (2019)", "Ratified",
         "Instrument deposited with the UN Secretary-General", "annual", "MFA", "proposed"),
    "Include the Diaspora Council in the working group":
        ("LVD", 2000, None, 2027, 2027, 2, 5, "Not a member", "Member with a seat",
         "Working group membership list", "annual", "MPD", "proposed"),
    "Resolve the overlap between DOE and MOI on exit clearance":
        ("USD", 10000, "IOM", 2027, 2028, 4, 3, "Two clearances", "One procedure",
         "Joint regulation published", "quarterly", "OPM", "agreed"),
    "Nationwide cost of migration module in the LFS":
        ("USD", 120000, "ILO", 2027, 2029, 5, 3, "Pilot in two provinces", "National, yearly",
         "LFS report with SDG 10.7.1", "annual", "LNSO", "agreed"),
    "Link the residence permit database to the population register":
        ("EUR", 200000, "EUD", 2028, 2030, 4, 2, "Not linked", "Linked, duplicates removed",
         "Technical audit report", "annual", "LNSO", "proposed"),
    "Data-sharing agreement between BIS and LNSO":
        ("USD", 8000, "IOM", 2027, 2027, 4, 5, "No agreement", "Monthly extracts",
         "Signed agreement; extracts received", "monthly", "LNSO", "in_progress"),
    "Add a return migration question to the next census":
        ("LVD", 0, None, 2029, 2031, 3, 4, "No question", "Question in the 2032 census",
         "Census questionnaire", "one_off", "LNSO", "proposed"),
    "Children left behind module in the MICS":
        ("USD", 30000, "UNDP", 2027, 2028, 3, 3, "No data", "Module fielded",
         "MICS report", "every_2_5_years", "MGCY", "proposed"),
    "Publish an annual migration statistics bulletin":
        ("LVD", 20000, None, 2027, 2030, 4, 5, "4 tables", "20 tables",
         "Published bulletin", "annual", "LNSO", "agreed"),
    "Enforce the ban on worker-paid recruitment fees":
        ("LVD", 40000, None, 2027, 2027, 5, 3, "42% of monthly income", "25%",
         "Inspection records; LFS module", "quarterly", "DOE", "agreed"),
    "Reintegration desks in the Northern Province":
        ("EUR", 150000, "EUD", 2027, 2029, 4, 3, "No desk", "3 desks; 50% placed",
         "Desk registers; tracer survey", "quarterly", "DOE", "agreed"),
    "Recognition of prior learning for returnees":
        ("EUR", 0, None, 2028, 2029, 3, 3, "No scheme", "Scheme in 5 trades",
         "Certificates issued", "annual", "MOE", "proposed"),
    "Health-worker mobility agreements":
        ("USD", 20000, "IOM", 2028, 2030, 4, 2, "No agreement", "Two agreements",
         "Signed agreements", "annual", "MOH", "agreed"),
    "Retention incentives for rural nurses":
        ("LVD", 300000, None, 2027, 2029, 4, 2, "21 per 10,000", "30 per 10,000",
         "Health Workforce Registry", "annual", "MOH", "proposed"),
    "Remittance-linked agricultural credit":
        ("LVD", 0, None, 2028, 2030, 3, 2, "No credit line", "Credit line open",
         "Central bank credit data", "quarterly", "CBL", "proposed"),
    "Services for newcomers in the Port Avel master plan":
        ("LVD", 10000, None, 2028, 2030, 3, 3, "Not planned", "Growth areas served",
         "Master plan revision", "annual", "MLG", "proposed"),
    "Social security agreements with main destinations":
        ("USD", 15000, "ILO", 2028, 2030, 5, 2, "None", "Three agreements",
         "Signed agreements", "annual", "MLSP", "agreed"),
    "Voluntary social insurance for workers abroad":
        ("LVD", 20000, None, 2027, 2028, 4, 4, "12% covered", "40% covered",
         "Contributions register", "quarterly", "MLSP", "agreed"),
    "Issue the diaspora bond":
        ("US$", 50000, "UNDP", 2027, 2028, 4, 3, "Designed, not issued", "First tranche",
         "Bond prospectus; subscriptions", "quarterly", "MOF", "proposed"),
    "License digital remittance providers":
        ("LVD", 20000, None, 2027, 2027, 4, 5, "6.8% cost", "3% cost",
         "Remittance Price Monitoring", "quarterly", "CBL", "in_progress"),
    "Diaspora investment desk":
        ("EUR", 0, None, 2028, 2029, 2, 3, "No desk", "Desk open",
         "Investment agency records", "annual", "DAB", "proposed"),
    "Update the diaspora mapping":
        ("EUR", 40000, "EUD", 2027, 2027, 3, 4, "2020 mapping", "Updated mapping",
         "Published mapping report", "one_off", "DAB", "agreed"),
    "Include displacement in the DRR strategy":
        ("USD", 25000, "UNDP", 2027, 2028, 4, 4, "Not covered", "Chapter adopted",
         "Revised DRR strategy", "annual", "MEDM", "agreed"),
    "Replace age restrictions on women's departure":
        ("LVD", 10000, None, 2027, 2027, 5, 3, "Age ban in force", "Ban replaced",
         "Amended regulation", "quarterly", "MGCY", "agreed"),
    "Pre-departure orientation for domestic workers":
        ("EUR", 30000, "EUD", 2027, 2028, 4, 4, "61% oriented", "95% oriented",
         "Outgoing Worker Registration System", "quarterly", "DOE", "in_progress"),
    "Referral procedures for vulnerable migrants at borders":
        ("USD", 40000, "IOM", 2027, 2028, 3, 4, "No procedures", "Procedures in use",
         "Adopted procedures; training records", "quarterly", "BIS", "proposed"),
    "Victim support fund for trafficking survivors":
        ("EUR", 60000, "EUD", 2027, 2029, 4, 3, "No fund", "Fund disbursing",
         "Fund accounts; case database", "quarterly", "NATC", "agreed"),
    "Migration in the mid-term review of the Development Plan":
        ("LVD", 15000, None, 2028, 2028, 4, 5, "Not planned", "Chapter in the review",
         "Mid-term review report", "one_off", "MPD", "agreed"),
    "Train line ministries on migration mainstreaming":
        ("USD", 35000, "UNDP", 2027, 2027, 3, 5, "No course", "12 ministries trained",
         "Training reports", "quarterly", "MPD", "agreed"),
    "Municipal migration focal points":  # the cost was typed without a currency
        ("", 0, None, 2027, 2028, 2, 4, "None", "5 focal points",
         "Municipal appointment letters", "annual", "MLG", "proposed"),
    "Public information campaign on safe migration":
        ("USD", 20000, "IOM", 2027, 2027, 3, 5, "No campaign", "Campaign aired",
         "Broadcast logs; survey", "quarterly", "DOE", "proposed"),
    "Bilateral labour agreement with the main Gulf destination":
        ("USD", 0, None, 2028, 2030, 5, 2, "No agreement", "Agreement signed",
         "Signed agreement", "annual", "MLSP", "agreed"),
    "Consular help desks in two destination countries":
        ("LVD", 100000, None, 2028, 2029, 4, 2, "None", "Two desks",
         "Consular activity reports", "quarterly", "MFA", "proposed"),
    # dropped at the validation session: the university's own programme covers it
    "Migration research grants":
        ("LVD", 0, None, None, None, 2, 4, "", "", "Grant reports", "annual", "MPD", "dropped"),
    "Regional dialogue on skills partnerships":
        ("USD", 0, None, None, None, 2, 3, "", "", "Meeting records", "annual", "MOE",
         "proposed"),
    "Limit immigration detention and provide alternatives to it":
        ("USD", 20000, "IOM", 2027, 2028, 5, 3, "Up to 18 months, no review",
         "Judicial review; alternatives in use", "Amended Immigration Act; NHRC visit reports",
         "annual", "NHRC", "agreed"),
    "Prevent statelessness of children born abroad":
        ("LVD", 0, None, 2027, 2029, 4, 3, "Reservation in force", "Reservation withdrawn",
         "Instrument of accession; consular birth records", "annual", "MFA", "agreed"),
    "Legal status and documents for people displaced by disasters":
        ("USD", 30000, "UNDP", 2027, 2029, 4, 3, "No legal status", "Status and documents",
         "Civil registry records; ratification instrument", "annual", "MEDM", "proposed"),
    "Equal treatment of migrant workers in Lorvania":
        ("USD", 10000, "ILO", 2027, 2028, 4, 3, "Excluded from minimum wage",
         "Covered by minimum wage and insurance", "Amended wage order; gap study",
         "annual", "MLSP", "agreed"),
    "Monitoring dashboard for the action plan":
        ("USD", 25000, "UNDP", 2027, 2027, 3, 5, "No dashboard", "Quarterly reports",
         "Dashboard online", "quarterly", "MPD", "in_progress"),
    "Validate the action plan in the Council of Ministers":
        ("LVD", 0, None, 2026, 2027, 5, 5, "Draft plan", "Plan adopted",
         "Council of Ministers decision", "one_off", "OPM", "agreed"),
}

# The gaps each action answers (issue 14, item 6), keyed by action title: readiness items
# not in place, instruments not ratified, an indicator no source covers (its code). They
# follow INSTRUMENT_STATUS, READINESS_STATUS and the coverage of INDICATORS above. The rights
# findings of SECTOR_RIGHTS are answered through the instruments behind them. The gaps left
# without an action are left so on purpose, for the report to list: no expert facilitator
# yet, no GCM plan yet, ILO C102 and P029, the AU protocol (waits for the ECOWAS card, see
# its note), and the indicators 4.b.1 and PX-2 no source covers.
ACTION_ANSWERS: dict[str, tuple[list[str], list[str], str | None]] = {
    "Adopt a budget line for the inter-ministerial working group":
        (["inter_ministerial_mechanism", "budget_line"], [], None),
    "Issue terms of reference for the thematic sub-committees":
        (["inter_ministerial_mechanism"], [], None),
    "Ratify ILO Convention No. 181": ([], ["ilo_c181"], None),
    "Ratify the ICRMW": ([], ["icrmw"], None),
    "Include the Diaspora Council in the working group": (["multi_stakeholder_mechanism"], [],
                                                          None),
    "Train line ministries on migration mainstreaming": (["early_engagement"], [], None),
    "Migration in the mid-term review of the Development Plan": (["national_plan_link"], [],
                                                                 None),
    "Validate the action plan in the Council of Ministers": (["national_plan_link"], [], None),
    "Publish an annual migration statistics bulletin": (["data_commitment"], [], None),
    "Data-sharing agreement between BIS and LNSO": (["data_commitment"], [], None),
    "Municipal migration focal points": (["subnational_involvement"], [], None),
    "Social security agreements with main destinations": ([], ["ilo_c157"], None),
    "Diaspora investment desk": ([], [], "LDP-5.1"),
    "Children left behind module in the MICS": ([], [], "LDP-4.1"),
    # the rights findings of the sectoral review, through the instruments behind them
    "Limit immigration detention and provide alternatives to it": ([], ["iccpr", "crc"], None),
    "Prevent statelessness of children born abroad": ([], ["statelessness_1954", "cedaw"],
                                                        None),
    "Legal status and documents for people displaced by disasters":
        ([], ["kampala_convention"], None),
    "Equal treatment of migrant workers in Lorvania":
        ([], ["ilo_c097", "ilo_c143", "ilo_c118"], None),
}

# The review calendar (issue 14, item 6): title, date, kind, responsible acronym, scope.
# Fiscal years run July–June; each budget call follows a review.
REVIEWS = [
    ("Budget call for the 2027/28 estimates", "2027-02-15", "budget", "MOF",
     "Costed actions funded from the State budget enter the line ministries' submissions."),
    ("Donor round table on the action plan", "2027-03-18", "progress", "MPD",
     "The funding gap per currency and the partners' commitments."),
    ("First quarterly progress review", "2027-04-30", "progress", "MPD",
     "Status of every action; the monitoring dashboard."),
    ("Annual review of the action plan", "2027-11-25", "annual", "MPD",
     "Indicators against baselines and targets; actions to add or drop."),
    ("Budget call for the 2028/29 estimates", "2028-02-15", "budget", "MOF",
     "Allocations informed by the annual review."),
    ("Mid-term review of the Lorvania Development Plan", "2028-06-30", "midterm", "MPD",
     "Migration chapter of the plan's mid-term review."),
    ("GCM voluntary national review", "2029-10-15", "reporting", "MFA",
     "Report ahead of the 2030 International Migration Review Forum."),
    ("Final evaluation of the action plan", "2031-03-31", "final", "MPD",
     "Results of the plan 2026–2030; lessons for the next plan."),
]
