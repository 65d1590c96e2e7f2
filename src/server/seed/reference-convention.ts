/**
 * The reference convention's header, written from ../shared/seed (the office board's decision of
 * 16 February 2024 and the convention it approved). Nothing invented: the document leaves the
 * signature date blank ("A Arras, le"), so it stays empty here.
 */
export const referenceOrganisations = {
  department: {
    name: 'Département du Pas-de-Calais',
    kind: 'department' as const,
    siret: '22620001200012',
    address: 'Hôtel du Département, rue Ferdinand Buisson, 62018 Arras Cedex 9',
  },
  office: {
    name: 'Pas-de-Calais habitat',
    kind: 'landlord' as const,
    siret: '34407767200022',
    address: "4 avenue des Droits de l'Homme, 62000 Arras",
  },
};

export const referenceConvention = {
  title:
    'Convention de partenariat stratégique 2024-2033 entre le Département du Pas-de-Calais et Pas-de-Calais habitat',
  periodStart: '2024-01-01',
  periodEnd: '2033-12-31',
  signaturePlace: 'Arras',
  signatureDate: null as string | null,
  jurisdiction: 'Tribunal administratif de Lille',
  parties: [
    {
      organisation: 'department' as const,
      partyRole: 'department' as const,
      designation: '« le Département »',
      representation:
        "Représenté par monsieur Daniel MACIEJASZ, Vice-Président du Département du Pas-de-Calais, tant en vertu de l'article L.3221-1 du Code Général des Collectivités Territoriales, dûment habilité à cet effet qu'en vertu de l'arrêté du Président du Conseil départemental portant délégations de fonction et de signature du 2ème Vice-président du Conseil départemental (VP 2021/02) du 19 juillet 2021, et dûment autorisé par délibération du Conseil départemental en date du 29 janvier 2024.",
      signatories: [{ fullName: 'Daniel MACIEJASZ', title: 'Vice-Président' }],
    },
    {
      organisation: 'office' as const,
      partyRole: 'landlord' as const,
      designation: '« l’Office »',
      representation:
        "Office public de l'habitat, établissement public local à caractère industriel et commercial, rattaché au Département conformément à l'article L421-6 du code de la construction et de l'habitation, représenté par monsieur Jean-Louis COTTIGNY, Président, et monsieur Bruno FONTALIRAND, Directeur général.",
      signatories: [
        { fullName: 'Jean-Louis COTTIGNY', title: 'Président' },
        { fullName: 'Bruno FONTALIRAND', title: 'Directeur général' },
      ],
    },
  ],
};
