import sharp from 'sharp'
const [,, input, output, top, height] = process.argv
await sharp(input).extract({ left: 0, top: Number(top), width: (await sharp(input).metadata()).width, height: Number(height) }).toFile(output)
